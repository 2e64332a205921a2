namespace Responsibility.Reports.Tests;

/// <summary>
/// A figure or short word in a table cell ("100.0%", "41643起", "未填报") stays on one line as LibreOffice prints it, with the 公文 fonts' ½-em
/// digits and with the wider proportional digits a machine without those fonts substitutes.
/// </summary>
public sealed class TableFigureTests(PrintedTables printed) : IClassFixture<PrintedTables>
{
    [Theory]
    [InlineData(LibreOffice.GongwenFonts)]
    [InlineData(LibreOffice.ProportionalFonts)]
    public void NoFigureOrShortWordOfTheUnitsOrIndicatorsTableBreaksAcrossLines(string fonts)
    {
        var lines = printed.In(fonts).SelectMany(p => p.Lines()).Select(l => string.Concat(l.Select(w => w.Text))).ToList();

        var figures = PrintedTables.Tables.SelectMany(t => t.Rows).SelectMany(r => r).Where(IsFigureOrShortWord).GroupBy(c => c);
        var broken = figures.Where(f => lines.Sum(l => Occurrences(l, f.Key)) < f.Count()).Select(f => f.Key).ToList();

        Assert.True(!printed.Printed || lines.Count > 0, "nothing printed");
        Assert.True(broken.Count == 0, $"broken across lines with {fonts}: {string.Join("、", broken)}");
    }

    private static bool IsFigureOrShortWord(string cell) => cell.Any(char.IsAsciiDigit) || cell.Length <= 3;

    private static int Occurrences(string line, string figure)
    {
        var count = 0;
        for (var at = line.IndexOf(figure, StringComparison.Ordinal); at >= 0; at = line.IndexOf(figure, at + figure.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
