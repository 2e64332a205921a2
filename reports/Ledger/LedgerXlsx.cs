namespace Responsibility.Reports.Ledger;

using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using Responsibility.Reports.Rendering;

/// <summary>A worksheet to write: its name, its columns in order with their widths (in characters), and its rows by column.</summary>
public sealed record LedgerSheetRows(string Name, IReadOnlyList<(string Column, double Width)> Columns, IReadOnlyList<Dictionary<string, object?>> Rows);

/// <summary>
/// Writes worksheets as the .xlsx offices exchange: Chinese headers, one sheet after another. Every text cell is written as
/// text, so a title like <c>=HYPERLINK(…)</c> stays words, and passes the cleaning every document gets (<see cref="Text"/>).
/// </summary>
public static class LedgerXlsx
{
    public static byte[] Write(params LedgerSheetRows[] sheets)
    {
        var workbook = new Dictionary<string, object>();
        foreach (var sheet in sheets)
        {
            // MiniExcel writes the header from the first row: an empty sheet still gets its columns.
            workbook[sheet.Name] = sheet.Rows.Count > 0 ? sheet.Rows : [sheet.Columns.ToDictionary(c => c.Column, _ => (object?)null)];
        }

        using var stream = new MemoryStream();
        stream.SaveAs(workbook, excelType: ExcelType.XLSX, configuration: new OpenXmlConfiguration
        {
            DynamicColumns = [.. sheets.SelectMany(s => s.Columns).DistinctBy(c => c.Column).Select(c => new DynamicExcelColumn(c.Column) { Width = c.Width })],
            EnableConvertByteArray = false,
        });
        return stream.ToArray();
    }

    /// <summary>Stored text cleaned as every document's is, so no character can make the sheet unreadable.</summary>
    public static string Text(string text) => SafeText.Clean(text);
}
