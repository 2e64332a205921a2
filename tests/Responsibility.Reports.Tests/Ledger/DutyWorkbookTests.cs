namespace Responsibility.Reports.Tests.Ledger;

using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Reports.Ledger;

/// <summary>The 责任清单 as .xlsx: written by the one ledger writer, read back by the one reader, its register beside it.</summary>
public class DutyWorkbookTests
{
    private static readonly DutyItem Talks = new(
        "tanxin", 2026, "班子成员一岗双责", "开展谈心谈话", "每月至少谈话一次", DutyLine.Accountability, Cadence.Monthly, null, "谈话记录",
        new DutyAssignees(true, ["zhao"], ["xuanchuan"]), ["t-FZ-02"]);

    private static readonly DutyItem Plan = new(
        "fangan", 2026, "业务工作", "制定整治方案", "", DutyLine.Business, Cadence.Once, new DateOnly(2026, 3, 31), "", new DutyAssignees(false, [], ["fazhi"]), []);

    private static readonly RiskRow Risk = new("r1", 2026, "fazhi", "法制员", "案件审核把关不严", "降格处理", RiskLevel.High, "双人审核", "wang");

    private static readonly Dictionary<string, string> Codes = new() { ["t-FZ-02"] = "FZ-02" };

    [Fact]
    public void ListSheetReadsBackAsItWasWrittenWithHoldersAndTasksByName()
    {
        var bytes = DutyWorkbook.Write(LedgerSamples.Brigade, [Talks, Plan], Codes, [Risk]);

        var table = LedgerFile.Read(new MemoryStream(bytes), DutyColumns.Sheet);

        Assert.Equal(DutyColumns.All, table.Columns.OrderBy(c => c.Value).Select(c => c.Key));
        var talks = table.Rows[0];
        Assert.Equal("tanxin", talks[table.Columns[DutyColumns.Id]]);
        Assert.Equal("法治建设·党风廉政", talks[table.Columns[DutyColumns.DutyLine]]);
        Assert.Equal("每月", talks[table.Columns[DutyColumns.Cadence]]);
        Assert.Equal("全体班子成员、赵刚、宣传中队", talks[table.Columns[DutyColumns.Assignees]]);
        Assert.Equal("FZ-02", talks[table.Columns[DutyColumns.Tasks]]);
        Assert.Equal(Cadence.Once, DutyNotation.ReadCadence(table.Rows[1][table.Columns[DutyColumns.Cadence]]));
        Assert.Equal(new DateOnly(2026, 3, 31), LedgerNotation.ReadDay(table.Rows[1][table.Columns[DutyColumns.DueDate]]));
    }

    [Fact]
    public void AnItemHandedDownByTheDetachmentSaysSoAndWaitingForHoldersLeavesItsHoldersEmpty()
    {
        var handedDown = Talks with
        {
            Id = "zd-lianzheng", Assignees = new DutyAssignees(false, [], []),
            Source = new Grains.Abstractions.Detachments.TemplateSource("zibo", "tpl-1"),
        };

        var table = LedgerFile.Read(new MemoryStream(DutyWorkbook.Write(LedgerSamples.Brigade, [Talks, handedDown], Codes, null)), DutyColumns.Sheet);

        Assert.Equal([null, "支队交办"], table.Rows.Select(r => r[table.Columns[DutyColumns.Source]]));
        Assert.Null(table.Rows[1][table.Columns[DutyColumns.Assignees]]);
    }

    [Fact]
    public void RegisterSheetIsWrittenForItsReadersAndLeftOutOtherwise()
    {
        var withRegister = DutyWorkbook.Write(LedgerSamples.Brigade, [Talks], Codes, [Risk]);
        var without = DutyWorkbook.Write(LedgerSamples.Brigade, [Talks], Codes, null);

        Assert.Equal([DutyWorkbook.ListSheet, DutyWorkbook.RiskSheet], SheetNames(withRegister));
        Assert.Equal([DutyWorkbook.ListSheet], SheetNames(without));
        var risk = string.Concat(SheetTexts(withRegister, 2));
        Assert.Contains("案件审核把关不严", risk);
        Assert.Contains("法制室", risk);
        Assert.Contains("王立侠", risk);
        Assert.Contains("高", risk);
        using var document = SpreadsheetDocument.Open(new MemoryStream(withRegister), false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
    }

    [Fact]
    public void TheListSheetIsReadByItsNameWhereverItStands()
    {
        var register = new LedgerSheetRows(DutyWorkbook.RiskSheet, [(DutyColumns.Id, 8)], [new() { [DutyColumns.Id] = "不是清单" }]);
        var list = new LedgerSheetRows(
            DutyWorkbook.ListSheet, [.. DutyColumns.All.Select(c => (c, 10.0))],
            [DutyColumns.All.ToDictionary(c => c, c => (object?)(c == DutyColumns.Id ? "tanxin" : "x"))]);

        var table = LedgerFile.Read(new MemoryStream(LedgerXlsx.Write(register, list)), DutyColumns.Sheet);

        Assert.Equal("tanxin", Assert.Single(table.Rows)[table.Columns[DutyColumns.Id]]);
    }

    [Fact]
    public void AFileThatIsNoWorkbookIsRefusedAsUnsupported()
    {
        var csv = new MemoryStream(Encoding.UTF8.GetBytes("编号,类别,事项\ntanxin,一岗双责,谈话\n"));

        var error = Assert.Throws<LedgerFileException>(() => LedgerFile.Read(csv, DutyColumns.Sheet));

        Assert.True(error.Unsupported);
        Assert.Contains("责任清单", error.Message);
    }

    [Fact]
    public void TextThatLooksLikeAFormulaStaysText()
    {
        const string hostile = "=HYPERLINK(\"http://evil.example/\",\"点击\")";
        var bytes = DutyWorkbook.Write(LedgerSamples.Brigade, [Talks with { Title = hostile, Evidence = "+cmd|' /C calc'!A0\u0001" }], Codes, null);

        Assert.DoesNotContain("<x:f", string.Concat(SheetTexts(bytes, 1)));
        Assert.DoesNotContain("<f>", string.Concat(SheetTexts(bytes, 1)));
        var table = LedgerFile.Read(new MemoryStream(bytes), DutyColumns.Sheet);
        Assert.Equal(hostile, table.Rows[0][table.Columns[DutyColumns.Title]]);
        Assert.Equal("+cmd|' /C calc'!A0", table.Rows[0][table.Columns[DutyColumns.Evidence]]);
    }

    private static List<string> SheetNames(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        return [.. document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value!)];
    }

    /// <summary>The sheet's XML and the shared strings, where MiniExcel may keep its text.</summary>
    private static IEnumerable<string> SheetTexts(byte[] workbook, int sheet)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        foreach (var name in new[] { $"xl/worksheets/sheet{sheet}.xml", "xl/sharedStrings.xml" })
        {
            if (zip.GetEntry(name) is { } entry)
            {
                using var reader = new StreamReader(entry.Open());
                yield return reader.ReadToEnd();
            }
        }
    }
}
