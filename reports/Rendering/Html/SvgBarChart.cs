namespace Responsibility.Reports.Rendering.Html;

using System.Globalization;
using System.Net;
using System.Text;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Reports.Document;

/// <summary>
/// A bar chart as inline SVG: one horizontal bar per unit in its status colour, the marker a dark tick across its row,
/// the value label clear of both (<see cref="BarChartGeometry"/>), and a legend of the colours used and the marker.
/// </summary>
internal static class SvgBarChart
{
    private const int Width = 640, NameWidth = 150, Right = 8, RowHeight = 30, Top = 6, LegendHeight = 36, FontSize = 14;
    private static readonly string Fonts = HtmlStyles.HeiFonts.Replace('"', '\'');

    public static string Render(BarChart chart)
    {
        var geometry = new BarChartGeometry(chart.Bars, Width - NameWidth - Right, RowHeight, FontSize);
        var height = Top + (chart.Bars.Length * RowHeight) + LegendHeight;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" ");
        svg.Append(CultureInfo.InvariantCulture,
            $"aria-label=\"{E(chart.Title)}\" font-family=\"{Fonts}\" font-size=\"{FontSize}\">");
        for (var i = 0; i < chart.Bars.Length; i++)
        {
            AppendRow(svg, chart.Bars[i], geometry, i);
        }

        AppendLegend(svg, chart, Top + (chart.Bars.Length * RowHeight) + 14);
        return svg.Append("</svg>").ToString();
    }

    private static void AppendRow(StringBuilder svg, ChartBar bar, BarChartGeometry geometry, int row)
    {
        var baseline = Top + (row * RowHeight) + (RowHeight / 2) + 5;
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{NameWidth - 8}\" y=\"{baseline}\" text-anchor=\"end\">{E(bar.Label)}</text>");
        svg.Append(Rect(geometry.Bar(row), "bar", StatusColours.Of(bar.Status)));
        if (geometry.Marker(row) is { } marker)
        {
            svg.Append(Rect(marker, "marker", StatusColours.Marker, $"<title>{E(bar.Label)} {ChineseNumbers.Percent(bar.Marker!.Value)}</title>"));
        }

        svg.Append(CultureInfo.InvariantCulture,
            $"<text class=\"value\" x=\"{NameWidth + geometry.ValueLabel(row).Left:0.#}\" y=\"{baseline}\">{BarChartGeometry.Label(bar)}</text>");
    }

    private static void AppendLegend(StringBuilder svg, BarChart chart, int y)
    {
        var x = (double)NameWidth;
        foreach (var status in ChartLegend.Statuses(chart))
        {
            x = Key(svg, x, y, $"width=\"16\" height=\"12\" fill=\"#{StatusColours.Of(status)}\"", TaskText.StatusName(status));
        }

        if (ChartLegend.HasMarker(chart))
        {
            Key(svg, x, y - 2, $"width=\"{BarChartGeometry.MarkerWidth}\" height=\"16\" fill=\"#{StatusColours.Marker}\"", chart.MarkerLabel);
        }
    }

    /// <summary>A legend key (a swatch and its words) at <paramref name="x"/>; answers where the next one starts.</summary>
    private static double Key(StringBuilder svg, double x, int y, string swatch, string words)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"key\" x=\"{x:0.#}\" y=\"{y}\" {swatch}/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 22:0.#}\" y=\"{y + 11}\">{E(words)}</text>");
        return x + 22 + (TextRules.WidestEmWidth(words) * FontSize) + 18;
    }

    private static string Rect(ChartRect box, string kind, string colour, string title = "") => string.Create(CultureInfo.InvariantCulture,
        $"<rect class=\"{kind}\" x=\"{NameWidth + box.Left:0.#}\" y=\"{Top + box.Top:0.#}\" width=\"{box.Width:0.#}\" height=\"{box.Height:0.#}\" " +
        $"fill=\"#{colour}\">{title}</rect>");

    private static string E(string text) => WebUtility.HtmlEncode(SafeText.OneLine(text));
}
