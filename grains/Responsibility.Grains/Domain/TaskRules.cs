namespace Responsibility.Grains.Domain;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>Invariants of a task definition, checked by the grains on every create and change.</summary>
public static class TaskRules
{
    /// <summary>
    /// Checks a new definition, or a changed one against <paramref name="before"/>: a target is only held to today's
    /// bounds when it is set, so tasks written under older rules can still be renamed or moved.
    /// </summary>
    public static void Check(TaskDefinition task, TaskDefinition? before = null)
    {
        if (task.Due < task.Start)
        {
            throw DomainException.Invalid("due", "截止日期不能早于开始日期。");
        }

        if (task.Weight <= 0 || task.Weight > 1000 || !double.IsFinite(task.Weight))
        {
            throw DomainException.Invalid("weight", "权重须大于 0 且不超过 1000。");
        }

        if (before is null || before.Metric.Target != task.Metric.Target)
        {
            // A change names the PATCH body's field; a new task the create body's.
            CheckMetric(task.Metric, before is null ? "metric.target" : "target");
        }

        if (task.IndicatorCode is not null && task.Metric.Kind == MetricKind.Milestone)
        {
            throw DomainException.Invalid("indicatorCode", "节点类任务不能作为指标。");
        }

        if (task.PlannedByMonth is { } plan && !IsCumulativePlan(plan))
        {
            throw DomainException.Invalid("plannedByMonth", "月度计划须为 12 个递增的累计比例（0 到 1），最后一个为 1。");
        }
    }

    /// <summary>
    /// A definition as it is kept: its code in one form (<see cref="TaskCodes"/>), its texts without spaces around them,
    /// as a 台账 cell reads, so an exported sheet imported again changes nothing.
    /// </summary>
    public static TaskDefinition Tidy(TaskDefinition task) => task with
    {
        Code = TaskCodes.Normalise(task.Code),
        Title = task.Title.Trim(),
        Category = task.Category.Trim(),
        Metric = task.Metric with
        {
            UnitLabel = task.Metric.UnitLabel.Trim(),
            Stages = [.. task.Metric.Stages.Select(s => s with { Name = s.Name.Trim() })],
        },
    };

    /// <summary>A Count's target is at least one, and whole unless its entries may be fractional.</summary>
    public static void CheckMetric(Metric metric, string targetField = "metric.target")
    {
        switch (metric.Kind)
        {
            case MetricKind.Count when !(metric.Target >= 1 && metric.Target <= Limits.MaxValue):
                throw DomainException.Invalid(targetField, $"目标值须不小于 1 且不超过 {Limits.MaxValue / 1e8:0} 亿。");
            case MetricKind.Count when !metric.Fractional && metric.Target != Math.Floor(metric.Target):
                throw DomainException.Invalid(targetField, "目标值须为整数；需要小数的计数任务请勾选“允许小数”。");
            case MetricKind.Rate when !(metric.Target > 0 && metric.Target <= 1):
                throw DomainException.Invalid(targetField, "比率目标须在 0% 到 100% 之间（接口中以 0 到 1 的小数表示，如 0.9）。");
            case MetricKind.Milestone when metric.Stages.Length == 0 || metric.Stages.Any(s => !(s.Weight > 0))
                                            || Math.Abs(metric.Stages.Sum(s => s.Weight) - 1) > 1e-6:
                throw DomainException.Invalid("metric.stages", "节点权重须大于 0 且合计为 1。");
        }
    }

    private static bool IsCumulativePlan(double[] plan) =>
        plan.Length == 12
        && plan.All(p => p >= 0 && p <= 1)
        && plan.Zip(plan.Skip(1)).All(pair => pair.First <= pair.Second)
        && Math.Abs(plan[^1] - 1) < 1e-9;
}
