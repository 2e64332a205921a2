namespace Responsibility.Reports.Tests;

using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Wordprocessing;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Reports.Layouts;
using Responsibility.Reports.Rendering;
using Responsibility.Reports.Rendering.Docx;
using BarChart = Responsibility.Reports.Document.BarChart;
using ChartBar = Responsibility.Reports.Document.ChartBar;

/// <summary>The units chart in Word and HTML: bars in their status colours, labels clear of the markers, a legend.</summary>
public partial class ChartTests
{
    private static readonly BarChart Chart = new(
        "各单位完成进度与序时进度",
        [
            new ChartBar("秩序中队", 0.858, 0.86, ProgressStatus.Green),
            new ChartBar("城区中队", 0.851, 0.915, ProgressStatus.Yellow),
            new ChartBar("事故处理中队", 0.558, 1.0, ProgressStatus.Red),
            new ChartBar("科技信息室", 1.0, 0.915, ProgressStatus.Done),
            new ChartBar("宣传中队", 0, 0.9, ProgressStatus.NotStarted),
            new ChartBar("政工室", 0.86, 0.858, ProgressStatus.Green),
        ],
        "完成进度",
        "序时进度");

    [Fact]
    public void WordChartDrawsEachValueLabelClearOfItsMarker()
    {
        using var plot = ChartPng.Draw(Chart);
        plot.GetImageBytes(ChartPng.Width * ChartPng.Scale, ChartPng.HeightFor(Chart) * ChartPng.Scale);

        // Labels answer where they were drawn in the plot's units, GetPixel in the image's: ScaleFactor apart.
        var labels = plot.GetPlottables().OfType<ScottPlot.Plottables.Text>()
            .Select(t => (Left: t.LabelStyle.LastRenderPixelRect.Left * ChartPng.Scale, Right: t.LabelStyle.LastRenderPixelRect.Right * ChartPng.Scale))
            .ToList();

        Assert.Equal(Chart.Bars.Length, labels.Count);
        for (var i = 0; i < Chart.Bars.Length; i++)
        {
            var marker = plot.GetPixel(new ScottPlot.Coordinates(Chart.Bars[i].Marker!.Value * 100, Chart.Bars.Length - 1 - i));
            var barEnd = plot.GetPixel(new ScottPlot.Coordinates(Chart.Bars[i].Value * 100, Chart.Bars.Length - 1 - i));
            var clear = Math.Max(marker.X + (BarChartGeometry.MarkerWidth / 2 * ChartPng.Scale), barEnd.X);
            Assert.True(labels[i].Left > clear, $"{Chart.Bars[i]}: label from {labels[i].Left}, marker and bar to {clear}");
            Assert.InRange(labels[i].Right, 0, ChartPng.Width * ChartPng.Scale);
        }
    }

    [Fact]
    public void WordChartFillsEachBarWithItsStatusColour()
    {
        using var plot = ChartPng.Draw(Chart);
        using var image = SkiaSharp.SKBitmap.Decode(plot.GetImageBytes(ChartPng.Width * ChartPng.Scale, ChartPng.HeightFor(Chart) * ChartPng.Scale));

        foreach (var (bar, row) in Chart.Bars.Select((b, i) => (b, Chart.Bars.Length - 1 - i)).Where(b => b.b.Value > 0))
        {
            var centre = plot.GetPixel(new ScottPlot.Coordinates(bar.Value * 50, row));
            var colour = image.GetPixel((int)centre.X, (int)centre.Y);

            Assert.Equal(StatusColours.Of(bar.Status), $"{colour.Red:x2}{colour.Green:x2}{colour.Blue:x2}");
        }
    }

    [Fact]
    public void HtmlChartFillsEachBarWithItsStatusColourAndStartsItsLabelPastTheMarker()
    {
        var svg = Svg(Chart);
        XName Of(string name) => svg.Name.Namespace + name;
        double X(XElement e, string attribute = "x") => double.Parse(e.Attribute(attribute)!.Value, System.Globalization.CultureInfo.InvariantCulture);

        var bars = svg.Elements(Of("rect")).Where(r => (string?)r.Attribute("class") == "bar").ToList();
        var markers = svg.Elements(Of("rect")).Where(r => (string?)r.Attribute("class") == "marker").ToList();
        var labels = svg.Elements(Of("text")).Where(t => (string?)t.Attribute("class") == "value").ToList();

        Assert.Equal(Chart.Bars.Select(b => "#" + StatusColours.Of(b.Status)), bars.Select(b => b.Attribute("fill")!.Value));
        Assert.All(Enumerable.Range(0, Chart.Bars.Length), i =>
            Assert.True(X(labels[i]) > Math.Max(X(markers[i]) + X(markers[i], "width"), X(bars[i]) + X(bars[i], "width"))));
    }

    [Fact]
    public void LegendsNameEachStatusColourTheBarsUseAndTheMarker()
    {
        var chart = Chart with { Bars = [.. Chart.Bars.Where(b => b.Status is ProgressStatus.Green or ProgressStatus.Red)] };
        var report = SampleReport.Create() with { Body = [chart] };

        using var docx = new DocxReadBack(DocxRenderer.Render(report));
        var legend = docx.Paragraphs.Single(p => p.InnerText.Contains('■'));
        var keys = legend.Elements<Run>().Where(r => r.RunProperties?.Color is not null)
            .Select(r => (r.InnerText.Trim('　'), r.RunProperties!.Color!.Val!.Value!.ToLowerInvariant()));
        var svgKeys = Svg(chart).Descendants().Where(e => (string?)e.Attribute("class") == "key").Select(e => e.Attribute("fill")!.Value);

        Assert.Equal("■绿灯　　■红灯　　┃序时进度", legend.InnerText);
        Assert.Equal([("■", StatusColours.Of(ProgressStatus.Green)), ("■", StatusColours.Of(ProgressStatus.Red)), ("┃", StatusColours.Marker)], keys);
        Assert.Equal(["#" + StatusColours.Of(ProgressStatus.Green), "#" + StatusColours.Of(ProgressStatus.Red), "#" + StatusColours.Marker], svgKeys);
    }

    [Fact]
    public void UnitBarsAreLitByTheirLagAgainstTheBrigadesThresholds()
    {
        var report = OctoberReport.Create();

        var lenient = Bars(MonthlyReportLayout.Build(report, new DateOnly(2024, 11, 1), StatusThresholds.Default));
        var strict = Bars(MonthlyReportLayout.Build(report, new DateOnly(2024, 11, 1), new StatusThresholds(0.01, 0.05, 7)));

        Assert.All(lenient, b => Assert.Equal(StatusThresholds.Default.OfRollup(b.Value, b.Marker!.Value - b.Value, 1), b.Status));
        Assert.Contains(ProgressStatus.Red, strict.Select(b => b.Status));
        Assert.DoesNotContain(ProgressStatus.Red, lenient.Select(b => b.Status));
    }

    [Fact]
    public void StatusColoursAreThePagesColours()
    {
        var css = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "site.css"));
        string Variable(string name) => CssVariable().Matches(css).Single(m => m.Groups["name"].Value == name).Groups["hex"].Value;

        Assert.Equal(
            [Variable("green"), Variable("yellow"), Variable("red"), Variable("done"), Variable("grey"), Variable("ink")],
            [.. new[] { ProgressStatus.Green, ProgressStatus.Yellow, ProgressStatus.Red, ProgressStatus.Done, ProgressStatus.NotStarted }
                .Select(StatusColours.Of), StatusColours.Marker]);
    }

    private static ChartBar[] Bars(Reports.Document.ReportDocument document) => document.Body.OfType<BarChart>().Single().Bars;

    private static XElement Svg(BarChart chart)
    {
        var html = HtmlRenderer.Render(SampleReport.Create() with { Body = [chart] });
        return XElement.Parse(html[html.IndexOf("<svg", StringComparison.Ordinal)..(html.IndexOf("</svg>", StringComparison.Ordinal) + 6)]);
    }

    [GeneratedRegex(@"--(?<name>[a-z]+):\s*#(?<hex>[0-9a-f]{6});")]
    private static partial Regex CssVariable();
}
