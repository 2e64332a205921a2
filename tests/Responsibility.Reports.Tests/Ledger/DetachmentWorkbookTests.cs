namespace Responsibility.Reports.Tests.Ledger;

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Reports.Ledger;

/// <summary>The 汇总台账: a valid workbook with the summary first and one sheet per brigade under a name Excel accepts.</summary>
public class DetachmentWorkbookTests
{
    [Fact]
    public void SummaryAndOneSheetPerBrigadeReadBackWithTheirFigures()
    {
        var other = LedgerSamples.Brigade with { Id = "boshan" };
        var dashboard = new DetachmentDashboard("zibo", 2026, new DateOnly(2026, 11, 15),
        [
            Row("zichuan", 91.5, 1) with { UnreportedUnits = 2, OverdueRectifications = 1 },
            Row("boshan", null, null),
        ]);

        var bytes = DetachmentWorkbook.Write(dashboard,
        [
            new(LedgerSamples.Brigade, [LedgerSamples.Count().Task, LedgerSamples.Milestone().Task]),
            new(other, [LedgerSamples.Rate().Task]),
        ]);

        Assert.Equal(["汇总", "淄川大队", "淄川大队(2)"], SheetNamesOf(bytes));
        using (var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
        }

        var summary = LedgerFile.Read(new MemoryStream(bytes), Sheet("大队", DetachmentWorkbook.SummarySheet));
        Assert.Equal(2, summary.Rows.Count);
        Assert.Equal((1.0, 2.0, 1.0, 91.5), (Number(summary, 0, "名次"), Number(summary, 0, "未填报单位"), Number(summary, 0, "逾期整改"), Number(summary, 0, "考核得分")));
        Assert.Null(summary.Rows[1][summary.Columns["考核得分"]]);
        var second = LedgerFile.Read(new MemoryStream(bytes), Sheet(LedgerColumns.Code, "淄川大队(2)"));
        Assert.Equal(["FZ-04"], second.Rows.Select(r => r[second.Columns[LedgerColumns.Code]]));
        var first = LedgerFile.Read(new MemoryStream(bytes), Sheet(LedgerColumns.Code, "淄川大队"));
        Assert.Equal(["FZ-02", "XC-01"], first.Rows.Select(r => r[first.Columns[LedgerColumns.Code]]));
        Assert.Equal("王立侠", first.Rows[0][first.Columns[LedgerColumns.Leader]]);
    }

    [Theory]
    [InlineData("淄川大队", "淄川大队")]
    [InlineData("a[b]c:d*e?f/g\\h", "abcdefgh")]
    [InlineData("'引号'", "引号")]
    [InlineData("[]:*?/\\", "大队")]
    [InlineData("   ", "大队")]
    [InlineData("history", "history(2)")]
    [InlineData("汇总", "汇总(2)")]
    [InlineData("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一")]
    public void SheetNameIsMadeValid(string wanted, string expected)
    {
        Assert.Equal([expected], DetachmentWorkbook.BrigadeSheetNames([wanted]));
    }

    [Fact]
    public void RepeatedLongNamesStayUniqueWithinThirtyOneCharacters()
    {
        var longName = new string('队', 40);

        var names = SheetNames.Unique([longName, longName, longName.ToUpperInvariant(), "A", "a"]);

        Assert.Equal(names.Length, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.InRange(n.Length, 1, SheetNames.MaxLength));
        Assert.Equal("a(2)", names[^1]);
    }

    private static DetachmentDashboardRow Row(string id, double? score, int? rank) => new(
        id, "淄川大队", 0.8, 0.83, 3, new StatusCounts(0, 1, 1, 1, 0, 0), 0, 0, 0, 0, score, rank);

    private static LedgerSheet Sheet(string key, string name) => new(key, [], name, 1000, "汇总台账", "行", AcceptsCsv: false);

    private static double? Number(LedgerTable table, int row, string column) => LedgerNotation.ReadNumber(table.Rows[row][table.Columns[column]]);

    private static string[] SheetNamesOf(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        return [.. document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value!)];
    }
}
