namespace Responsibility.Reports.Rendering.Html;

using System.Globalization;
using System.Net;
using System.Text;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Reports.Document;

/// <summary>A bar chart as inline SVG: one horizontal bar per unit, the marker as a red tick across its row.</summary>
internal static class SvgBarChart
{
    private const int Width = 640, LabelWidth = 150, ValueWidth = 70, RowHeight = 30, Top = 10, LegendHeight = 36;
    private const int BarArea = Width - LabelWidth - ValueWidth;
    private static readonly string Fonts = HtmlStyles.HeiFonts.Replace('"', '\'');
    private const string ValueColour = "#2f5597", MarkerColour = "#c00000";

    public static string Render(BarChart chart)
    {
        var scale = Math.Max(1.0, chart.Bars.Select(b => Math.Max(b.Value, b.Marker ?? 0)).DefaultIfEmpty(0).Max());
        var height = Top + (chart.Bars.Length * RowHeight) + LegendHeight;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" ");
        svg.Append(CultureInfo.InvariantCulture,
            $"aria-label=\"{E(chart.Title)}\" font-family=\"{Fonts}\" font-size=\"14\">");
        for (var i = 0; i < chart.Bars.Length; i++)
        {
            AppendRow(svg, chart.Bars[i], Top + (i * RowHeight), scale);
        }

        var y = Top + (chart.Bars.Length * RowHeight) + 14;
        svg.Append(CultureInfo.InvariantCulture,
            $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"16\" height=\"12\" fill=\"{ValueColour}\"/>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{LabelWidth + 22}\" y=\"{y + 11}\">{E(chart.ValueLabel)}</text>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<line x1=\"{LabelWidth + 200}\" y1=\"{y - 2}\" x2=\"{LabelWidth + 200}\" y2=\"{y + 14}\" ");
        svg.Append(CultureInfo.InvariantCulture, $"stroke=\"{MarkerColour}\" stroke-width=\"3\"/>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{LabelWidth + 210}\" y=\"{y + 11}\">{E(chart.MarkerLabel)}</text>");
        return svg.Append("</svg>").ToString();
    }

    private static void AppendRow(StringBuilder svg, ChartBar bar, int y, double scale)
    {
        var barWidth = BarArea * Math.Clamp(bar.Value, 0, scale) / scale;
        var markerX = bar.Marker is { } m ? BarArea * Math.Clamp(m, 0, scale) / scale : 0;
        var textX = LabelWidth + Math.Max(barWidth, markerX) + 6;
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{LabelWidth - 8}\" y=\"{y + 20}\" text-anchor=\"end\">{E(bar.Label)}</text>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<rect x=\"{LabelWidth}\" y=\"{y + 6}\" width=\"{barWidth:0.#}\" height=\"18\" fill=\"{ValueColour}\"/>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{textX:0.#}\" y=\"{y + 20}\">{ChineseNumbers.Percent(bar.Value)}</text>");
        if (bar.Marker is { } marker)
        {
            var x = LabelWidth + markerX;
            svg.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{x:0.#}\" y1=\"{y + 2}\" x2=\"{x:0.#}\" y2=\"{y + 28}\" stroke=\"{MarkerColour}\" ");
            svg.Append(CultureInfo.InvariantCulture, $"stroke-width=\"3\"><title>{E(bar.Label)} ");
            svg.Append(CultureInfo.InvariantCulture, $"{ChineseNumbers.Percent(marker)}</title></line>");
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(SafeText.OneLine(text));
}
