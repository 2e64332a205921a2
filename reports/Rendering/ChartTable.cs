namespace Responsibility.Reports.Rendering;

using Responsibility.Grains.Abstractions.Text;
using Responsibility.Reports.Document;

/// <summary>A bar chart's figures as table rows (label, value, marker), where a picture cannot be shown.</summary>
internal static class ChartTable
{
    public static string[] Headers(BarChart chart) => ["单位", chart.ValueLabel, chart.MarkerLabel];

    public static string[][] Rows(BarChart chart) => chart.Bars
        .Select(b => new[]
        {
            b.Label, ChineseNumbers.Percent(b.Value), b.Marker is { } m ? ChineseNumbers.Percent(m) : "",
        })
        .ToArray();
}
