namespace Responsibility.Reports.Rendering.Docx;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

/// <summary>
/// A full-width table with single borders and columns sized to their content (<see cref="ColumnWidths"/>). It breaks
/// across pages like the text around it: rows never split, the bold header row repeats on every page, and only the
/// caption, the header and the first two rows are kept together (and the last two), so a long table starts where it
/// falls instead of leaving the page before it half empty.
/// </summary>
internal static class DocxTables
{
    private const int KeptRows = 2;

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

        int[] sizes = headers.Length <= 4
            ? [GongwenFonts.Sihao, GongwenFonts.XiaoSi, GongwenFonts.Wuhao]
            : [GongwenFonts.XiaoSi, GongwenFonts.Wuhao];
        var (size, widths) = ColumnWidths.Fit(headers, rows, sizes, PageGeometry.TextWidth);
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = PageGeometry.TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                Borders(),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = ColumnWidths.CellMargin, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = ColumnWidths.CellMargin, Type = TableWidthValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        table.Append(Row(headers, widths, size, header: true, keepWithNext: rows.Length > 0));
        for (var i = 0; i < rows.Length; i++)
        {
            var keep = i < rows.Length - 1 && (i < KeptRows - 1 || i >= rows.Length - KeptRows);
            table.Append(Row(rows[i], widths, size, header: false, keepWithNext: keep));
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
        var row = new TableRow(header
            ? new TableRowProperties(new CantSplit(), new TableHeader())
            : new TableRowProperties(new CantSplit()));
        for (var i = 0; i < widths.Length; i++)
        {
            var text = i < cells.Length ? cells[i] : "";
            if (header && !ColumnWidths.Fits(text, widths[i], size))
            {
                text = ColumnWidths.Wrap(text);
            }

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
}
