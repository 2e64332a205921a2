namespace Responsibility.Reports.Tests.Ledger;

using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Reports.Ledger;

/// <summary>The exported 台账: Chinese headers, readable figures, status colours, valid OpenXML, and text that stays text.</summary>
public sealed class LedgerWorkbookTests
{
    [Fact]
    public void ExportedSheetReadsBackWithEveryColumnAndTheTasksFigures()
    {
        var bytes = LedgerWorkbook.Write(LedgerSamples.Brigade, 2026, [LedgerSamples.Count(), LedgerSamples.Rate(), LedgerSamples.Milestone()]);

        var table = LedgerFile.Read(new MemoryStream(bytes));

        Assert.Equal(LedgerColumns.All, table.Columns.OrderBy(c => c.Value).Select(c => c.Key));
        var (count, rate, milestone) = (table.Rows[0], table.Rows[1], table.Rows[2]);
        Assert.Equal(2, count.Number);
        Assert.Equal(["FZ-02", "法制室", "王立侠", "法治建设·党风廉政", "10 次", "83.3%", "90.0%", "绿灯"],
            new[] { LedgerColumns.Code, LedgerColumns.Unit, LedgerColumns.Leader, LedgerColumns.DutyLine, LedgerColumns.Actual,
                LedgerColumns.Percent, LedgerColumns.Expected, LedgerColumns.Status }.Select(c => LedgerNotation.ReadText(count[table.Columns[c]])));
        Assert.Equal(12.0, count[table.Columns[LedgerColumns.Target]]);
        Assert.Equal("≥ 90%", rate[table.Columns[LedgerColumns.Target]]);
        Assert.Equal("方案制定 33.33%；组织实施 33.33%；验收 33.33%", milestone[table.Columns[LedgerColumns.Stages]]);
        Assert.Equal("10月开展执法质量检查1次，累计10次。", count[table.Columns[LedgerColumns.LatestNote]]);
    }

    [Fact]
    public void ExtendedTaskShowsItsOriginalAndCurrentDueAndHowManyExtensions()
    {
        var count = LedgerSamples.Count();
        var extended = count with
        {
            Task = count.Task with
            {
                Definition = count.Task.Definition with { OriginalDue = new DateOnly(2026, 6, 30), Due = new DateOnly(2026, 8, 31), ExtensionCount = 2 },
            },
        };
        var bytes = LedgerWorkbook.Write(LedgerSamples.Brigade, 2026, [extended, LedgerSamples.Rate()]);

        var table = LedgerFile.Read(new MemoryStream(bytes));

        var (moved, plain) = (table.Rows[0], table.Rows[1]);
        Assert.Equal(["2026-06-30", "2026-08-31", "2026-08-31"],
            new[] { LedgerColumns.OriginalDue, LedgerColumns.CurrentDue, LedgerColumns.Due }.Select(c => LedgerNotation.ReadText(moved[table.Columns[c]])));
        Assert.Equal(2.0, moved[table.Columns[LedgerColumns.Extensions]]);
        Assert.Null(plain[table.Columns[LedgerColumns.CurrentDue]]);
        Assert.Equal(0.0, plain[table.Columns[LedgerColumns.Extensions]]);
    }

    [Fact]
    public void EachStatusCellIsFilledWithItsColour()
    {
        var bytes = LedgerWorkbook.Write(LedgerSamples.Brigade, 2026, [LedgerSamples.Count(), LedgerSamples.Rate(), LedgerSamples.Milestone()]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!;
        var column = LedgerColumns.Letter(Array.IndexOf(LedgerColumns.All, LedgerColumns.Status));
        string Fill(int row)
        {
            var cell = document.WorkbookPart.WorksheetParts.First().Worksheet!.Descendants<Cell>().Single(c => c.CellReference == $"{column}{row}");
            var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
            var fill = stylesheet.Fills!.Elements<Fill>().ElementAt((int)format.FillId!.Value);
            return fill.PatternFill!.ForegroundColor!.Rgb!.Value!;
        }

        Assert.Equal(["FFC8E6C9", "FFFFCDD2", "FFFFF59D"], new[] { Fill(2), Fill(3), Fill(4) });
    }

    [Fact]
    public void WorkbookIsValidOpenXml()
    {
        var bytes = LedgerWorkbook.Write(LedgerSamples.Brigade, 2026, [LedgerSamples.Count(), LedgerSamples.Rate(), LedgerSamples.Milestone()]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);

        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
    }

    [Fact]
    public void AnEmptyYearStillHasItsHeader()
    {
        var table = LedgerFile.Read(new MemoryStream(LedgerWorkbook.Write(LedgerSamples.Brigade, 2027, [])));

        Assert.Equal(LedgerColumns.All.Length, table.Columns.Count);
        Assert.Empty(table.Rows);
    }

    [Fact]
    public void TextThatLooksLikeAFormulaIsWrittenAsTextAndNeverAsAFormula()
    {
        const string hostile = "=HYPERLINK(\"http://evil.example/\",\"点击查看\")";
        var line = LedgerSamples.Count(title: hostile);

        var bytes = LedgerWorkbook.Write(LedgerSamples.Brigade, 2026, [line with { LatestNote = "+cmd|' /C calc'!A0" }]);

        Assert.DoesNotContain("<x:f", SheetXml(bytes));
        Assert.DoesNotContain("<f>", SheetXml(bytes));
        var table = LedgerFile.Read(new MemoryStream(bytes));
        Assert.Equal(hostile, table.Rows[0][table.Columns[LedgerColumns.Title]]);
    }

    [Fact]
    public void ControlCharactersInStoredTextCannotBreakTheSheet()
    {
        var line = LedgerSamples.Count(title: "检查\u0001通报\u000B第二行");

        var bytes = LedgerWorkbook.Write(LedgerSamples.Brigade, 2026, [line]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
        Assert.Equal("检查通报\n第二行", LedgerFile.Read(new MemoryStream(bytes)).Rows[0][1]);
    }

    private static string SheetXml(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        using var reader = new StreamReader(zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).Open());
        return reader.ReadToEnd();
    }
}
