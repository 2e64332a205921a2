namespace Responsibility.Bench;

using Responsibility.Grains.Abstractions;
using Responsibility.Reports.Document;
using Responsibility.Reports.Layouts;
using Responsibility.Reports.Rendering;

/// <summary>The parts of (b) docx on the stored snapshot, without HTTP: layout, DOCX with and without its chart.</summary>
public sealed class RenderBreakdown(Sampler sampler, ResultTable table, IGrainFactory grains)
{
    public async Task Run(string scenario, string brigadeId, DateOnly month)
    {
        var report = await grains.GetGrain<IMonthlyReportGrain>(GrainKeys.MonthlyReport(brigadeId, month.Year, month.Month)).Get(null);
        var issuedOn = DateOnly.FromDateTime(report.GeneratedAt.UtcDateTime);
        ReportDocument document = null!;
        var layout = await sampler.Run(() =>
        {
            document = MonthlyReportLayout.Build(report, issuedOn);
            return Task.FromResult((long)document.Body.Count);
        });
        table.Add(scenario, "(b) part: layout", layout, $"{document.Body.Count:N0} blocks");

        var docx = await sampler.Run(() => Task.FromResult((long)DocxRenderer.Render(document).Length));
        table.Add(scenario, "(b) part: DocxRenderer with chart", docx);

        var withoutChart = document with { Body = document.Body.Where(b => b is not BarChart).ToArray() };
        var plain = await sampler.Run(() => Task.FromResult((long)DocxRenderer.Render(withoutChart).Length));
        table.Add(scenario, "(b) part: DocxRenderer without chart", plain, $"{plain[^1].Bytes:N0} bytes");
    }
}
