namespace Responsibility.Reports.Rendering.Docx;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
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

        elements.Add(new Paragraph(
            new ParagraphProperties(
                DocxParagraphs.Exact(PageGeometry.LinePitch),
                new Justification { Val = JustificationValues.Center }),
            DocxRuns.Text(chart.Title, GongwenFonts.FangSong, GongwenFonts.Sanhao, bold: true)));
        return [.. elements];
    }
}
