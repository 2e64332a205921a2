namespace Responsibility.Reports.Tests.Ledger;

using System.IO.Compression;
using System.Text;
using Responsibility.Reports.Ledger;

/// <summary>Reading an uploaded 台账: CSV as offices save it, a title above the header, and files that must be refused.</summary>
public sealed class LedgerFileTests
{
    private const string Header = "任务编号,任务名称,一岗双责,承办单位,类别,考核方式,目标,年度,开始日期,截止日期";

    static LedgerFileTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void CsvInUtf8WithQuotedCommasAndLineBreaksKeepsItsRowNumbers()
    {
        var csv = $"{Header}\n\"FZ-01\",\"检查,通报\",业务工作,法制室,执法监督,计数,12,2026,2026-01-01,2026-12-31\n\n" +
                  "FZ-02,\"第一行\n第二行\",业务工作,法制室,执法监督,计数,\"1,200\",2026,2026-01-01,2026-12-31\r\n";

        var table = LedgerFile.Read(Utf8(csv, bom: true));

        Assert.Equal([2, 4], table.Rows.Select(r => r.Number));
        Assert.Equal("检查,通报", table.Rows[0][1]);
        Assert.Equal("第一行\n第二行", table.Rows[1][1]);
        Assert.Equal(1200.0, LedgerNotation.ReadNumber(table.Rows[1][6]));
    }

    [Fact]
    public void CsvSavedByChineseExcelInGb18030ReadsAsChinese()
    {
        var bytes = Encoding.GetEncoding("GB18030").GetBytes($"{Header}\nFZ-01,执法质量检查,业务工作,法制室,执法监督,计数,12,2026,2026-01-01,2026-12-31\n");

        var table = LedgerFile.Read(new MemoryStream(bytes));

        Assert.Equal("执法质量检查", table.Rows[0][1]);
    }

    [Fact]
    public void TabSeparatedUnicodeTextReadsByTabs()
    {
        var text = Header.Replace(',', '\t') + "\nFZ-01\t检查\t业务工作\t法制室\t执法监督\t计数\t12\t2026\t2026-01-01\t2026-12-31\n";

        var table = LedgerFile.Read(new MemoryStream([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)]));

        Assert.Equal("法制室", table.Rows[0][3]);
    }

    [Fact]
    public void ATitleRowAboveTheHeaderIsFine()
    {
        var table = LedgerFile.Read(Utf8($"淄川大队2026年度任务台账\n\n{Header}\nFZ-01,检查,业务工作,法制室,执法监督,计数,12,2026,2026-01-01,2026-12-31\n"));

        Assert.Equal(3, table.HeaderRow);
        Assert.Equal(4, Assert.Single(table.Rows).Number);
    }

    [Fact]
    public void AMissingRequiredColumnIsNamed()
    {
        var error = Assert.Throws<LedgerFileException>(() => LedgerFile.Read(Utf8(Header.Replace(",承办单位", "") + "\n")));

        Assert.Contains("承办单位", error.Message);
    }

    [Fact]
    public void AnOldXlsFileIsRefusedWithWhatToDo() =>
        Assert.Contains("另存为", Assert.Throws<LedgerFileException>(() => LedgerFile.Read(new MemoryStream([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1]))).Message);

    [Fact]
    public void MoreRowsThanALedgerHoldsAreRefused()
    {
        var csv = new StringBuilder(Header).Append('\n');
        for (var i = 0; i <= LedgerLimits.MaxRows; i++)
        {
            csv.Append($"T-{i},检查,业务工作,法制室,执法监督,计数,12,2026,2026-01-01,2026-12-31\n");
        }

        Assert.True(Assert.Throws<LedgerFileException>(() => LedgerFile.Read(Utf8(csv.ToString()))).TooLarge);
    }

    [Fact]
    public void AZipThatUnpacksToMoreThanTheLimitIsRefusedWhateverItsEntriesClaim()
    {
        var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < LedgerLimits.MaxUnpackedBytes / zeros.Length + 1; i++)
            {
                entry.Write(zeros);
            }
        }

        Assert.True(bomb.Length < 1024 * 1024);
        Assert.True(Assert.Throws<LedgerFileException>(() => LedgerFile.Read(bomb)).TooLarge);
    }

    [Fact]
    public void ASheetClaimingSixteenThousandColumnsIsRefusedBeforeItIsRead()
    {
        var sheet = Rewrite(LedgerWorkbook.Write(LedgerSamples.Brigade, 2026, [LedgerSamples.Count()]), xml =>
            System.Text.RegularExpressions.Regex.Replace(xml, "<x:dimension ref=\"[^\"]*\"", "<x:dimension ref=\"A1:XFD1048576\""));

        var error = Assert.Throws<LedgerFileException>(() => LedgerFile.Read(sheet));

        Assert.Contains("XFD1048576", error.Message);
    }

    [Fact]
    public void ACellFarBelowTheLastTaskIsRefused()
    {
        var sheet = Rewrite(LedgerWorkbook.Write(LedgerSamples.Brigade, 2026, [LedgerSamples.Count()]), xml =>
            xml.Replace("</x:sheetData>", "<x:row r=\"900000\"><x:c r=\"A900000\" t=\"str\"><x:v>x</x:v></x:c></x:row></x:sheetData>"));

        Assert.True(Assert.Throws<LedgerFileException>(() => LedgerFile.Read(sheet)).TooLarge);
    }

    [Fact]
    public void BytesThatAreNoSpreadsheetAreRefused()
    {
        Assert.Throws<LedgerFileException>(() => LedgerFile.Read(new MemoryStream([0x50, 0x4B, 0x03, 0x04, 9, 9, 9, 9])));
        Assert.Throws<LedgerFileException>(() => LedgerFile.Read(Utf8("%PDF-1.4 not a ledger")));
    }

    private static MemoryStream Utf8(string text, bool bom = false) =>
        new([.. bom ? new byte[] { 0xEF, 0xBB, 0xBF } : [], .. Encoding.UTF8.GetBytes(text)]);

    /// <summary>The workbook with its sheet's XML changed, as a hand-made hostile file would be.</summary>
    private static MemoryStream Rewrite(byte[] workbook, Func<string, string> change)
    {
        var copy = new MemoryStream();
        copy.Write(workbook);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal));
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            var name = entry.FullName;
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(change(xml));
        }

        copy.Position = 0;
        return copy;
    }
}
