namespace Responsibility.Reports.Ledger;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Reports.Rendering;

/// <summary>
/// Fills each status cell with its 红黄绿灯 tint (<see cref="StatusColours.Tint"/>). MiniExcel has no fill for data
/// cells, so the written workbook is opened once more: one fill and one cell format per status are added, and each
/// status cell points at its own.
/// </summary>
internal static class LedgerColours
{
    public static byte[] Paint(byte[] workbook, int statusColumn, IReadOnlyList<ProgressStatus> statuses)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var part = document.WorkbookPart!;
            var stylesheet = part.WorkbookStylesPart!.Stylesheet!;
            var sheet = part.WorksheetParts.First().Worksheet!;
            var cells = sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
            var column = LedgerColumns.Letter(statusColumn);
            var formats = new Dictionary<ProgressStatus, uint>();
            for (var i = 0; i < statuses.Count; i++)
            {
                if (cells.TryGetValue($"{column}{i + 2}", out var cell))
                {
                    var status = statuses[i];
                    if (!formats.TryGetValue(status, out var format))
                    {
                        formats[status] = format = AddFormat(stylesheet, cell.StyleIndex?.Value ?? 0, "FF" + StatusColours.Tint(status).ToUpperInvariant());
                    }

                    cell.StyleIndex = format;
                }
            }

            stylesheet.Save();
            sheet.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A copy of the cell's format (borders, font, alignment) with a solid fill of <paramref name="argb"/>.</summary>
    private static uint AddFormat(Stylesheet stylesheet, uint basedOn, string argb)
    {
        var fills = stylesheet.Fills!;
        fills.Append(new Fill(new PatternFill(new ForegroundColor { Rgb = argb }, new BackgroundColor { Indexed = 64 })
        {
            PatternType = PatternValues.Solid,
        }));
        fills.Count = (uint)fills.ChildElements.Count;
        var formats = stylesheet.CellFormats!;
        var format = (CellFormat)formats.Elements<CellFormat>().ElementAt((int)basedOn).CloneNode(true);
        format.FillId = fills.Count - 1;
        format.ApplyFill = BooleanValue.FromBoolean(true);
        formats.Append(format);
        formats.Count = (uint)formats.ChildElements.Count;
        return formats.Count - 1;
    }
}
