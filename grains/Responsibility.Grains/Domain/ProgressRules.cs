namespace Responsibility.Grains.Domain;

using System.Globalization;
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
            case MetricKind.Count:
                CheckIncrement(task.Metric, report);
                break;
            case MetricKind.Rate:
                CheckLevel(task.Metric, report.Value);
                break;
            case MetricKind.Milestone:
                CheckStage(task, entries, report.Stage);
                break;
        }
    }

    private static void CheckIncrement(Metric metric, ProgressReport report)
    {
        if (report.Value is not double value || !(value > 0 && value <= Limits.MaxValue))
        {
            throw DomainException.Invalid("value", $"本次完成数须大于 0 且不超过 {Limits.MaxValue / 1e8:0} 亿。");
        }

        if (!metric.Fractional && value != Math.Floor(value))
        {
            throw DomainException.Invalid("value", "本次完成数须为整数。");
        }

        // A slip of the keyboard (1000 for 10) would finish the task at once: ask the reporter to confirm it.
        if (value > 2 * metric.Target && !report.Confirmed)
        {
            throw new DomainException(
                ErrorKind.Invalid,
                $"本次填报{Number(value)}{metric.UnitLabel}，超过全年目标{Number(metric.Target)}{metric.UnitLabel}的两倍，请确认无误后再提交。",
                "value") { Code = DomainException.Codes.ConfirmationRequired };
        }
    }

    private static void CheckLevel(Metric metric, double? value)
    {
        // Rates are fractions in [0,1]; targets above 1 exist only in data written before that rule.
        var ceiling = metric.Target <= 1 ? 1 : Limits.MaxValue;
        if (value is not double v || v < 0 || v > ceiling)
        {
            throw DomainException.Invalid("value", "比率须在 0% 到 100% 之间（接口中以 0 到 1 的小数表示，如 0.87）。");
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

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
