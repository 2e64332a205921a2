namespace Responsibility.Grains.Domain;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>What a progress report must satisfy given the task it is for (the validator cannot know the task).</summary>
public static class ProgressRules
{
    public static void Check(TaskDefinition task, IReadOnlyList<ProgressEntry> entries, ProgressReport report, DateOnly today)
    {
        var occurredOn = report.OccurredOn ?? today;
        if (occurredOn > today)
        {
            throw DomainException.Invalid("occurredOn", "填报日期不能晚于今天。");
        }

        if (occurredOn < task.Start)
        {
            throw DomainException.Invalid("occurredOn", $"填报日期不能早于任务开始日期 {task.Start:yyyy-MM-dd}。");
        }

        switch (task.Metric.Kind)
        {
            case MetricKind.Count when report.Value is not (> 0 and < double.PositiveInfinity):
                throw DomainException.Invalid("value", "计数类任务须填报大于 0 的本次完成数。");
            case MetricKind.Rate when report.Value is not double v || v < 0 || !double.IsFinite(v)
                                      || (task.Metric.Target <= 1 && v > 1):
                throw DomainException.Invalid("value", "比率须在 0 到 1 之间（例如 87% 填 0.87）。");
            case MetricKind.Milestone:
                CheckStage(task, entries, report.Stage);
                break;
        }
    }

    private static void CheckStage(TaskDefinition task, IReadOnlyList<ProgressEntry> entries, int? stage)
    {
        if (stage is not int s || s < 0 || s >= task.Metric.Stages.Length)
        {
            throw DomainException.Invalid("stage", $"节点序号须在 0 到 {task.Metric.Stages.Length - 1} 之间。");
        }

        if (entries.Any(e => !e.Returned && e.Stage == s))
        {
            throw DomainException.Conflict($"节点“{task.Metric.Stages[s].Name}”已填报完成。", "stage");
        }
    }
}
