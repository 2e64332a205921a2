namespace Responsibility.Reports.Ledger;

using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

/// <summary>
/// Reads an uploaded sheet of a <see cref="LedgerSheet"/> kind (the 任务台账 unless told), an .xlsx or a CSV, told apart
/// by their bytes. The header is the first of the top rows that has the kind's key column (任务编号), so a title row above
/// it is fine; blank rows are skipped.
/// </summary>
public static class LedgerFile
{
    private const int HeaderSearchRows = 10;

    /// <summary>Reads a seekable stream; a file that is no readable 台账 throws <see cref="LedgerFileException"/>.</summary>
    public static LedgerTable Read(Stream content) => Read(content, LedgerSheet.Tasks);

    /// <inheritdoc cref="Read(Stream)"/>
    public static LedgerTable Read(Stream content, LedgerSheet kind)
    {
        var head = new byte[4];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var rows = head.AsSpan(0, read) switch
        {
            [0x50, 0x4B, 0x03, 0x04] => Xlsx(content, kind),
            [0xD0, 0xCF, 0x11, 0xE0] => throw new LedgerFileException(
                $"这是旧版 Excel（.xls）文件，请另存为 .xlsx{(kind.AcceptsCsv ? " 或 CSV" : "")} 后再导入。", unsupported: true),
            _ when kind.AcceptsCsv => LedgerCsv.Read(content),
            _ => throw new LedgerFileException($"这不是 Excel（.xlsx）文件，请上传导出的{kind.Name}。", unsupported: true),
        };
        return Table(rows, kind);
    }

    private static List<object?[]> Xlsx(Stream content, LedgerSheet kind)
    {
        try
        {
            XlsxGuard.Check(content);
            content.Position = 0;
            var rows = new List<object?[]>();
            var configuration = new OpenXmlConfiguration { EnableConvertByteArray = false, FillMergedCells = false };
            var sheet = kind.WorksheetName is { } name && content.GetSheetNames().Contains(name) ? name : null;
            content.Position = 0;
            foreach (IDictionary<string, object?> row in content.Query(useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX, configuration: configuration))
            {
                var cells = new object?[LedgerLimits.MaxColumns];
                foreach (var (letters, value) in row)
                {
                    var column = letters.Aggregate(0, (n, c) => n * 26 + (c - 'A' + 1)) - 1;
                    if (column is >= 0 and < LedgerLimits.MaxColumns)
                    {
                        cells[column] = value;
                    }
                }

                rows.Add(cells);
            }

            return rows;
        }
        catch (Exception e) when (e is not LedgerFileException)
        {
            throw new LedgerFileException($"无法读取该 Excel 文件，请确认它是 .xlsx 格式的{kind.Name}。");
        }
    }

    private static LedgerTable Table(List<object?[]> rows, LedgerSheet kind)
    {
        var header = rows.Take(HeaderSearchRows).ToList().FindIndex(r => r.Any(c => LedgerNotation.ReadText(c) == kind.KeyColumn));
        if (header < 0)
        {
            throw new LedgerFileException($"没有找到表头：表格前 {HeaderSearchRows} 行中须有一行含“{kind.KeyColumn}”等列名。");
        }

        var columns = new Dictionary<string, int>();
        for (var i = 0; i < rows[header].Length; i++)
        {
            if (LedgerNotation.ReadText(rows[header][i]) is { } name)
            {
                columns.TryAdd(name, i);
            }
        }

        if (kind.Required.FirstOrDefault(c => !columns.ContainsKey(c)) is { } missing)
        {
            throw new LedgerFileException($"表头缺少“{missing}”列（第 {header + 1} 行）。");
        }

        var data = rows.Select((cells, i) => new LedgerTableRow(i + 1, cells)).Skip(header + 1).Where(r => !r.IsBlank).ToList();
        return data.Count > kind.MaxRows
            ? throw new LedgerFileException($"{kind.Name}最多 {kind.MaxRows} {kind.RowNoun}，这份有 {data.Count} 行。", tooLarge: true)
            : new LedgerTable(header + 1, columns, data, kind.KeyColumn);
    }
}
