namespace Responsibility.Reports.Tests;

using DocumentFormat.OpenXml.Wordprocessing;
using Responsibility.Reports.Rendering;
using ReportTable = Responsibility.Reports.Document.Table;

/// <summary>Columns sized to their content: figures and short words never wrap, the text columns share the rest.</summary>
public class DocxColumnWidthTests
{
    private const int TextWidth = 11906 - 1588 - 1474;

    private static readonly string[] UnitHeaders =
        ["单位", "任务", "完成", "绿灯", "黄灯", "红灯", "完成进度", "序时进度", "较上月（百分点）", "本月填报"];

    private static readonly string[][] UnitRows =
    [
        ["法制室", "5", "1", "2", "0", "2", "76.7%", "93.3%", "+12.5", "3条"],
        ["执法办案中心", "3", "1", "1", "0", "1", "101.3%", "78.9%", "-10.0", "12条"],
        ["事故处理中队", "3", "1", "1", "0", "1", "100.0%", "100.0%", "0.0", "未填报"],
        ["科技信息室", "12", "11", "1", "0", "0", "80.0%", "83.3%", "+3.0", "未填报"],
    ];

    [Fact]
    public void EveryColumnIsAtLeastAsWideAsItsWidestFigureOrShortWordPlusCellMargins()
    {
        var table = Render(UnitHeaders, UnitRows);

        var (size, margins, widths) = Geometry(table);

        for (var i = 0; i < UnitHeaders.Length; i++)
        {
            var widest = UnitRows.Max(r => Em(r[i]));
            Assert.True(widths[i] >= (widest * size * 10) + margins, $"column {UnitHeaders[i]}: {widths[i]} twips for {widest} em");
        }

        Assert.Equal(TextWidth, widths.Sum());
    }

    [Fact]
    public void LongTitlesWrapInTheirColumnWhileFiguresStayOnOneLine()
    {
        string[][] rows =
        [
            ["FZ-03", "下发执法质量检查通报并对检查发现的问题逐项督促整改落实到位", "12期", "101.3%"],
            ["KJ-02", "开展“大数据+网上督察”异常数据研判并移交问题线索", "2400条", "80.0%"],
        ];

        var table = Render(["编号", "任务", "目标", "完成进度"], rows);
        var (size, margins, widths) = Geometry(table);

        Assert.True(widths[1] < (Em(rows[0][1]) * size * 10) + margins, "the title column should wrap");
        Assert.True(widths[1] > widths[0] + widths[2] + widths[3], "the title column should take the rest of the width");
        Assert.All([0, 2, 3], i => Assert.True(widths[i] >= (rows.Max(r => Em(r[i])) * size * 10) + margins));
    }

    [Fact]
    public void HeaderTooLongForItsColumnBreaksBeforeItsBracket()
    {
        var table = Render(UnitHeaders, UnitRows);

        var header = table.Elements<TableRow>().First().Elements<TableCell>().Single(c => c.InnerText.StartsWith("较上月", StringComparison.Ordinal));

        Assert.Equal(["较上月", "（百分点）"], header.Descendants<Text>().Select(t => t.Text));
        Assert.Single(header.Descendants<Break>());
    }

    [Fact]
    public void TableTooWideForXiaoSiStepsDownToWuhao()
    {
        var headers = Enumerable.Range(1, 11).Select(i => $"{i}月").ToArray();
        string[][] rows = [headers.Select(_ => "101.3%").ToArray()];

        var (size, _, widths) = Geometry(Render(headers, rows));

        Assert.Equal(21, size);
        Assert.All(widths, w => Assert.True(w >= (3 * 21 * 10) + (2 * 57)));
    }

    [Fact]
    public void HeaderRowRepeatsOnEveryPageAndNoRowSplits()
    {
        var rows = Rows(12);

        var tableRows = Render(UnitHeaders, rows).Elements<TableRow>().ToList();

        Assert.NotNull(tableRows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.All(tableRows.Skip(1), r => Assert.Null(r.TableRowProperties!.GetFirstChild<TableHeader>()));
        Assert.All(tableRows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
    }

    [Fact]
    public void OnlyTheHeaderTheFirstTwoRowsAndTheLastTwoRowsAreKeptTogether()
    {
        var tableRows = Render(UnitHeaders, Rows(12)).Elements<TableRow>().ToList();

        var kept = tableRows.Select(r => r.Descendants<KeepNext>().All(k => k.Val is null || k.Val.Value)).ToList();

        // Header with row 1 with row 2; row 11 with row 12; the rows between may break anywhere.
        Assert.Equal([true, true, false, false, false, false, false, false, false, false, false, true, false], kept);
    }

    private static string[][] Rows(int count) =>
        Enumerable.Range(0, count).Select(i => UnitRows[i % UnitRows.Length]).ToArray();

    private static Table Render(string[] headers, string[][] rows)
    {
        var report = SampleReport.Create() with { Body = [new ReportTable("表1", headers, rows)] };
        using var docx = new DocxReadBack(DocxRenderer.Render(report));
        return (Table)docx.Body.Elements<Table>().Single().CloneNode(true);
    }

    private static (int Size, int Margins, int[] Widths) Geometry(Table table)
    {
        var margins = table.GetFirstChild<TableProperties>()!.GetFirstChild<TableCellMarginDefault>()!;
        var size = int.Parse(table.Descendants<Run>().Last().RunProperties!.FontSize!.Val!.Value!);
        var widths = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToArray();
        return (size, margins.TableCellLeftMargin!.Width!.Value + margins.TableCellRightMargin!.Width!.Value, widths);
    }

    /// <summary>One em per CJK character, half for a Latin letter, digit or sign.</summary>
    private static double Em(string text) => text.Sum(c => c < 0x2000 ? 0.5 : 1.0);
}
