namespace Responsibility.Reports.Rendering;

using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Reports.Document;

/// <summary>What a bar chart's legend explains: the status colours its bars use, in 红黄绿灯 order, and the marker.</summary>
internal static class ChartLegend
{
    private static readonly ProgressStatus[] Order =
        [ProgressStatus.Green, ProgressStatus.Yellow, ProgressStatus.Red, ProgressStatus.Done, ProgressStatus.NotStarted];

    public static ProgressStatus[] Statuses(BarChart chart) => [.. Order.Where(s => chart.Bars.Any(b => b.Status == s))];

    public static bool HasMarker(BarChart chart) => chart.Bars.Any(b => b.Marker is not null);
}
