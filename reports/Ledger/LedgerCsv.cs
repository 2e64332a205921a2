namespace Responsibility.Reports.Ledger;

using System.Text;

/// <summary>
/// Reads a CSV 台账 (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes). Excel on a Chinese system
/// saves CSV in GB18030, elsewhere UTF-8 with or without a byte-order mark: UTF-8 is taken when the bytes are valid
/// UTF-8, else GB18030. A file of tabs (Excel's "Unicode text") is read by tabs. Each record is one row, numbered as
/// a spreadsheet opening the file would number it.
/// </summary>
internal static class LedgerCsv
{
    static LedgerCsv() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static List<object?[]> Read(Stream content)
    {
        var text = Decode(content);
        var firstLine = text.AsSpan(0, Math.Max(0, text.IndexOf('\n') is var n && n >= 0 ? n : text.Length));
        var separator = firstLine.Contains('\t') && !firstLine.Contains(',') ? '\t' : ',';
        var rows = new List<object?[]>();
        var row = new List<object?>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                Add(row, field);
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                Add(row, field);
                End(rows, ref row);
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            Add(row, field);
            End(rows, ref row);
        }

        return rows;
    }

    private static void Add(List<object?> row, StringBuilder field)
    {
        if (row.Count >= LedgerLimits.MaxColumns)
        {
            throw new LedgerFileException($"表格列数过多：台账最多 {LedgerLimits.MaxColumns} 列。", tooLarge: true);
        }

        row.Add(field.ToString());
        field.Clear();
    }

    private static void End(List<object?[]> rows, ref List<object?> row)
    {
        if (rows.Count >= LedgerLimits.MaxSheetRow)
        {
            throw new LedgerFileException($"表格行数过多：台账最多 {LedgerLimits.MaxRows} 个任务。", tooLarge: true);
        }

        rows.Add([.. row]);
        row = [];
    }

    private static string Decode(Stream content)
    {
        using var bytes = new MemoryStream();
        content.CopyTo(bytes);
        var data = bytes.GetBuffer().AsSpan(0, (int)bytes.Length);
        if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(data[3..]);
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(data[2..]);
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(data);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(data);
        }
    }
}
