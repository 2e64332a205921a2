namespace Responsibility.Api.Pages;

using Responsibility.Api.Progress;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>Where a task stands before this month's figure: a Count's total so far, a Rate's latest level, a Milestone's stages done.</summary>
public static class ReportRow
{
    public static string Current(TaskEntries item)
    {
        var (task, entries) = (item.Task, item.Entries);
        var accepted = entries?.Where(e => !e.Returned).ToArray();
        return task.Metric.Kind switch
        {
            MetricKind.Count => $"已完成 {Display.Figure(task.Metric, task.Progress.Actual)}",
            _ when accepted is null => $"完成 {Display.Percent(task.Progress.Percent)}",
            MetricKind.Rate when accepted.Length == 0 => "尚未填报",
            MetricKind.Rate => $"最近 {Display.Figure(task.Metric, task.Progress.Actual)}",
            _ => $"已完成 {accepted.Count(e => e.Stage is not null)}/{task.Metric.Stages.Length} 个节点",
        };
    }
}
