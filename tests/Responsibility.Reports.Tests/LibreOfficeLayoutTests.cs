namespace Responsibility.Reports.Tests;

/// <summary>
/// Monthly reports as LibreOffice prints them: no page left half empty, and a table running onto a new page repeats its
/// header row there (figures in their cells: <see cref="TableFigureTests"/>).
/// </summary>
public sealed class LibreOfficeLayoutTests(PrintedReports printed) : IClassFixture<PrintedReports>
{
    [Fact]
    public void EveryPageButTheLastIsFilledToAtLeastSixtyPercentOfTheTextBlock()
    {
        foreach (var (name, pages) in new[] { ("october", printed.October), ("large brigade", printed.LargeBrigade) })
        {
            Assert.True(!printed.Printed || pages.Length >= 3, $"{name}: only {pages.Length} page(s)");
            foreach (var page in pages.SkipLast(1))
            {
                Assert.True(PageFill.Of(page) >= 0.6, $"{name}: page {page.Number} is filled to {PageFill.Of(page):P0}");
            }
        }
    }

    [Fact]
    public void UnitsTableRunningOntoTheNextPageRepeatsItsHeaderRowAtTheTop()
    {
        var pages = printed.LargeBrigade;

        var withHeader = pages.Where(p => p.Lines().Any(IsUnitsHeader)).ToList();
        var rows = pages.SelectMany(p => p.Lines()).Count(l => l[0].Text.StartsWith('第') && l[0].Text.EndsWith("中队", StringComparison.Ordinal));

        Assert.True(!printed.Printed || withHeader.Count >= 2, $"the units table is on {withHeader.Count} page(s)");
        Assert.All(withHeader.Skip(1), p => Assert.True(StartsWithHeader(p), $"page {p.Number} does not start with the header row"));
        Assert.Equal(printed.Printed ? PrintedReports.ManyUnits : 0, rows);
    }

    /// <summary>The header row comes first on the page: above it only its own wrapped header lines, no data row.</summary>
    private static bool StartsWithHeader(PdfPage page)
    {
        var lines = page.Lines().Where(l => l[0].YMin >= PageFill.TextTop - 4).ToList();
        var header = lines.FindIndex(IsUnitsHeader);
        return header is >= 0 and <= 2 && lines.Take(header).All(l => l.All(w => !w.Text.EndsWith("中队", StringComparison.Ordinal) && !w.Text.Contains('%')));
    }

    private static bool IsUnitsHeader(PdfWord[] line) =>
        new[] { "单位", "任务", "绿灯", "黄灯", "红灯" }.All(h => line.Any(w => w.Text == h));
}
