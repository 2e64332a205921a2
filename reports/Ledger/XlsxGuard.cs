namespace Responsibility.Reports.Ledger;

using System.IO.Compression;
using System.Xml;

/// <summary>
/// Looks at an .xlsx before anything reads it for real: it may unpack to no more than <see cref="LedgerLimits.MaxUnpackedBytes"/>
/// whatever its entries claim, and its sheets may reach no cell beyond the ledger's rows and columns (any kind of sheet). A sheet that
/// claims a range of sixteen thousand columns would otherwise cost seconds per row to read.
/// </summary>
internal static class XlsxGuard
{
    public static void Check(Stream content)
    {
        using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        var budget = new Budget();
        foreach (var entry in zip.Entries)
        {
            using var stream = new BoundedStream(entry.Open(), budget);
            if (entry.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            {
                CheckSheet(stream);
            }
            else
            {
                stream.CopyTo(Stream.Null);
            }
        }
    }

    /// <summary>Every cell a reader could place, by its reference or by counting (references are optional in a sheet).</summary>
    private static void CheckSheet(Stream sheet)
    {
        using var xml = XmlReader.Create(sheet, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var (rows, cells) = (0, 0);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (xml.LocalName)
            {
                case "dimension":
                    Check(xml.GetAttribute("ref")?.Split(':')[^1], 0, 0);
                    break;
                case "row":
                    (rows, cells) = (rows + 1, 0);
                    Check("A" + xml.GetAttribute("r"), 1, rows);
                    break;
                case "c":
                    Check(xml.GetAttribute("r"), ++cells, rows);
                    break;
            }
        }
    }

    private static void Check(string? reference, long counted, long rows)
    {
        var letters = reference?.TakeWhile(char.IsAsciiLetter).Count() ?? 0;
        var column = letters is > 0 and <= 3 ? reference![..letters].ToUpperInvariant().Aggregate(0L, (n, c) => n * 26 + (c - 'A' + 1)) : 0;
        var row = reference is not null && long.TryParse(reference[letters..], out var r) ? r : 0;
        if (letters > 3 || Math.Max(column, counted) > LedgerLimits.MaxColumns || Math.Max(row, rows) > LedgerLimits.MaxSheetRow)
        {
            throw new LedgerFileException(
                $"表格范围过大（用到了 {reference ?? $"第 {rows} 行"}）：最多 {LedgerLimits.MaxSheetRow} 行、{LedgerLimits.MaxColumns} 列。", tooLarge: true);
        }
    }

    private sealed class Budget
    {
        public long Left { get; set; } = LedgerLimits.MaxUnpackedBytes;
    }

    /// <summary>Counts what is read through it against the whole file's budget, and stops the read past it.</summary>
    private sealed class BoundedStream(Stream inner, Budget budget) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            budget.Left -= read;
            return budget.Left >= 0 ? read : throw new LedgerFileException(
                $"文件解压后超过 {LedgerLimits.MaxUnpackedBytes / 1024 / 1024} MB，不像是本系统的表格。", tooLarge: true);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
