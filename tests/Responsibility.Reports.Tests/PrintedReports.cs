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
        var pages = await LibreOffice.PrintAsync("", [("october", Docx(OctoberReport.Create())), ("large-brigade", Docx(LargeBrigadeReport()))]);
        if (pages is not null)
        {
            (October, LargeBrigade, Printed) = (pages[0], pages[1], true);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static byte[] Docx(MonthlyReport report) =>
        DocxRenderer.Render(MonthlyReportLayout.Build(report, new DateOnly(2024, 11, 1), StatusThresholds.Default));

    private static string ChineseNumber(int n) => ChineseNumbers.Of(n);
}
