namespace Responsibility.Reports.Rendering.Docx;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

/// <summary>A full-width table with single borders, a bold repeated header row and 仿宋 cells sized to fit.</summary>
internal static class DocxTables
{
    private const int MinColumnChars = 3;

    public static IEnumerable<OpenXmlElement> Render(string? caption, string[] headers, string[][] rows)
    {
        if (caption is not null)
        {
            yield return new Paragraph(
                new ParagraphProperties(
                    new KeepNext(),
                    DocxParagraphs.Exact(PageGeometry.LinePitch),
                    new Justification { Val = JustificationValues.Center }),
                DocxRuns.Text(caption, GongwenFonts.FangSong, GongwenFonts.Sanhao, bold: true));
        }

        var size = headers.Length <= 4 ? GongwenFonts.Sihao : GongwenFonts.XiaoSi;
        var widths = ColumnWidths(headers, rows);
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = PageGeometry.TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                Borders(),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        // Keep-with-next on every row but the last keeps a short table on one page with its caption.
        table.Append(Row(headers, widths, size, header: true, keepWithNext: rows.Length > 0));
        for (var i = 0; i < rows.Length; i++)
        {
            table.Append(Row(rows[i], widths, size, header: false, keepWithNext: i < rows.Length - 1));
        }

        yield return table;
    }

    private static TableBorders Borders() => new(
        new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" });

    private static TableRow Row(string[] cells, int[] widths, int size, bool header, bool keepWithNext)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new CantSplit(), new TableHeader()));
        }

        for (var i = 0; i < widths.Length; i++)
        {
            var text = i < cells.Length ? cells[i] : "";
            row.Append(new TableCell(
                new TableCellProperties(
                    new TableCellWidth { Width = widths[i].ToString(), Type = TableWidthUnitValues.Dxa },
                    new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
                new Paragraph(
                    new ParagraphProperties(
                        new KeepNext { Val = keepWithNext },
                        new SnapToGrid { Val = false },
                        DocxParagraphs.Exact(size * 15),
                        new Justification { Val = JustificationValues.Center }),
                    DocxRuns.Text(text, GongwenFonts.FangSong, size, bold: header))));
        }

        return row;
    }

    /// <summary>Shares the width by each column's widest cell: unit names get room, numbers stay narrow.</summary>
    private static int[] ColumnWidths(string[] headers, string[][] rows)
    {
        var chars = headers
            .Select((h, i) => rows.Select(r => i < r.Length ? r[i] : "").Append(h).Max(TextRules.EmWidth))
            .Select(w => Math.Max(MinColumnChars, w))
            .ToArray();
        var total = chars.Sum();
        var widths = chars.Select(c => (int)(PageGeometry.TextWidth * c / total)).ToArray();
        widths[^1] += PageGeometry.TextWidth - widths.Sum();
        return widths;
    }
}
