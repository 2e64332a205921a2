namespace Responsibility.Reports.Tests;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Reports.Layouts;
using Responsibility.Reports.Rendering;

/// <summary>
/// Monthly reports printed once through LibreOffice for the layout tests: the demo-sized October report, and the
/// same month for a brigade of <see cref="ManyUnits"/> units, whose units table cannot fit on one page.
/// REPORTS_SAMPLE_DIR keeps the DOCX and PDF files for a person to look at.
/// </summary>
public sealed class PrintedReports : IAsyncLifetime
{
    public const int ManyUnits = 36;

    public PdfPage[] October { get; private set; } = [];

    public PdfPage[] LargeBrigade { get; private set; } = [];

    /// <summary>False outside CI on a machine without LibreOffice; the tests then have nothing to check.</summary>
    public bool Printed { get; private set; }

    public static MonthlyReport LargeBrigadeReport()
    {
        var october = OctoberReport.Create();
        var units = Enumerable.Range(1, ManyUnits)
            .Select(i => october.Units[i % october.Units.Length] with { UnitId = $"u{i}", Name = $"第{ChineseNumber(i)}中队" })
            .ToArray();
        return october with { Units = units };
    }

    public async Task InitializeAsync()
    {
        var soffice = LibreOffice.Find();
        if (soffice is null)
        {
            // xunit 2 cannot skip at run time: outside CI a machine without LibreOffice passes; CI must have it.
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "CI=true but LibreOffice is missing");
            return;
        }

        var kept = Environment.GetEnvironmentVariable("REPORTS_SAMPLE_DIR");
        var dir = kept is { Length: > 0 } ? Directory.CreateDirectory(kept).FullName : Directory.CreateTempSubdirectory("report-layout-").FullName;
        try
        {
            var october = await Write(dir, "october.docx", OctoberReport.Create());
            var large = await Write(dir, "large-brigade.docx", LargeBrigadeReport());
            var pdfs = await LibreOffice.ConvertToPdfAsync(soffice, [october, large], dir, TimeSpan.FromSeconds(180));
            October = await PdfText.ReadAsync(pdfs[0]);
            LargeBrigade = await PdfText.ReadAsync(pdfs[1]);
            Printed = true;
        }
        finally
        {
            if (kept is not { Length: > 0 })
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<string> Write(string dir, string name, MonthlyReport report)
    {
        var path = Path.Combine(dir, name);
        await File.WriteAllBytesAsync(path, DocxRenderer.Render(MonthlyReportLayout.Build(report, new DateOnly(2024, 11, 1), StatusThresholds.Default)));
        return path;
    }

    private static string ChineseNumber(int n) => ChineseNumbers.Of(n);
}
