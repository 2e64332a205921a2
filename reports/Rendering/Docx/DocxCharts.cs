namespace Responsibility.Reports.Rendering.Docx;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Responsibility.Grains.Abstractions.Text;
using BarChart = Responsibility.Reports.Document.BarChart;

internal static class DocxCharts
{
    /// <summary>
    /// A chart as PNG images of at most <see cref="ChartPng.MaxBars"/> bars each, the caption under the last: a chart
    /// taller than about a third of a page would leave the page before it half empty when it does not fit there.
    /// </summary>
    public static OpenXmlElement[] Render(MainDocumentPart main, BarChart chart, ref uint id)
    {
        var parts = chart.Bars.Length == 0 ? [chart] : chart.Bars.Chunk(ChartPng.MaxBars).Select(bars => chart with { Bars = bars }).ToArray();
        var elements = new List<OpenXmlElement>();
        foreach (var part in parts)
        {
            byte[] png;
            try
            {
                png = ChartPng.Render(part);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A chart never sinks a report (e.g. Skia's native library missing): the figures go in as a table.
                return DocxTables.Render(chart.Title, ChartTable.Headers(chart), ChartTable.Rows(chart)).ToArray();
            }

            var aspect = (double)ChartPng.HeightFor(part) / ChartPng.Width;
            var image = DocxImage.Inline(main, png, aspect, id, $"chart{id}");
            id++;
            if (part != parts[^1])
            {
                image.ParagraphProperties!.KeepNext = null;
            }

            elements.Add(image);
        }

        elements.Add(Legend(chart));
        elements.Add(new Paragraph(
            new ParagraphProperties(
                DocxParagraphs.Exact(PageGeometry.LinePitch),
                new Justification { Val = JustificationValues.Center }),
            DocxRuns.Text(chart.Title, GongwenFonts.FangSong, GongwenFonts.Sanhao, bold: true)));
        return [.. elements];
    }

    /// <summary>
    /// The legend as a line of text under the image (ScottPlot's own legend clips Chinese): a coloured square per status
    /// the bars use, a dark bar for the marker.
    /// </summary>
    private static Paragraph Legend(BarChart chart)
    {
        var legend = new Paragraph(new ParagraphProperties(
            new KeepNext(),
            DocxParagraphs.Exact(PageGeometry.LinePitch),
            new Justification { Val = JustificationValues.Center }));
        var keys = ChartLegend.Statuses(chart).Select(s => ("■", StatusColours.Of(s), TaskText.StatusName(s)));
        if (ChartLegend.HasMarker(chart))
        {
            keys = keys.Append(("┃", StatusColours.Marker, chart.MarkerLabel));
        }

        foreach (var (key, colour, words) in keys)
        {
            legend.Append(
                DocxRuns.Text((legend.Elements<Run>().Any() ? "　　" : "") + key, GongwenFonts.FangSong, GongwenFonts.XiaoSi, colour: colour),
                DocxRuns.Text(words, GongwenFonts.FangSong, GongwenFonts.XiaoSi));
        }

        return legend;
    }
}
