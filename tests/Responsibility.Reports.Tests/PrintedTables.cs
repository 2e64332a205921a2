namespace Responsibility.Reports.Tests;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Reports.Document;
using Responsibility.Reports.Layouts;
using Responsibility.Reports.Rendering;

/// <summary>
/// The tables of two monthly reports (October, and a December whose 序时进度 is 100.0% and whose indicators run to five
/// digits), alone on the page so that no prose repeats their figures, printed by LibreOffice with the 公文 fonts'
/// stand-ins and with proportional Latin fonts (<see cref="LibreOffice.ProportionalFonts"/>). REPORTS_SAMPLE_DIR keeps
/// the files for a person to look at.
/// </summary>
public sealed class PrintedTables : IAsyncLifetime
{
    private readonly Dictionary<string, PdfPage[]> printed = [];

    /// <summary>False outside CI on a machine without LibreOffice; the tests then have nothing to check.</summary>
    public bool Printed { get; private set; }

    public static Table[] Tables { get; } = [.. Report(OctoberReport.Create()).Body.OfType<Table>(), .. Report(December()).Body.OfType<Table>()];

    public PdfPage[] In(string fonts) => printed.GetValueOrDefault(fonts, []);

    /// <summary>The trial's December: every unit's 序时进度 at 100.0%, indicators of 0 起 this month and 41643 起 in the year.</summary>
    public static MonthlyReport December()
    {
        var october = OctoberReport.Create();
        return october with
        {
            Month = 12,
            AsOf = new DateOnly(2024, 12, 31),
            Units = [.. october.Units.Select(u => u with { Expected = 1 })],
            Indicators =
            [
                new IndicatorLine("bodycam-match", "执法记录仪相符率", MetricKind.Rate, "%", 0.91, 0.91, 0.9),
                new IndicatorLine("drunk-driving", "查处酒驾醉驾违法行为", MetricKind.Count, "起", 0, 1072, 1200),
                new IndicatorLine("helmet", "查处电动自行车驾乘人员不戴安全头盔", MetricKind.Count, "起", 3924, 41643, 44000),
                new IndicatorLine("overload", "查处货车超载违法行为", MetricKind.Count, "起", 0, 2665, 3500),
                new IndicatorLine("media", "在各级媒体发稿", MetricKind.Count, "篇", 0, 397, 400),
            ],
        };
    }

    public async Task InitializeAsync()
    {
        var docx = DocxRenderer.Render(Report(OctoberReport.Create()) with { Body = Tables });
        foreach (var fonts in new[] { LibreOffice.GongwenFonts, LibreOffice.ProportionalFonts })
        {
            if (await LibreOffice.PrintAsync(Path.Combine("tables", fonts), [("tables", docx)], fonts) is { } pages)
            {
                (printed[fonts], Printed) = (pages[0], true);
            }
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static ReportDocument Report(MonthlyReport report) => MonthlyReportLayout.Build(report, new DateOnly(2025, 1, 1), StatusThresholds.Default);
}
