namespace Responsibility.Grains.Domain;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>Invariants of a task definition, checked by the grains on every create and change.</summary>
public static class TaskRules
{
    public static void Check(TaskDefinition task)
    {
        if (task.Due < task.Start)
        {
            throw DomainException.Invalid("due", "截止日期不能早于开始日期。");
        }

        if (task.Weight <= 0 || !double.IsFinite(task.Weight))
        {
            throw DomainException.Invalid("weight", "权重必须大于 0。");
        }

        CheckMetric(task.Metric);
        if (task.IndicatorCode is not null && task.Metric.Kind == MetricKind.Milestone)
        {
            throw DomainException.Invalid("indicatorCode", "节点类任务不能作为指标。");
        }

        if (task.PlannedByMonth is { } plan && !IsCumulativePlan(plan))
        {
            throw DomainException.Invalid("plannedByMonth", "月度计划须为 12 个递增的累计比例（0 到 1），最后一个为 1。");
        }
    }

    public static void CheckMetric(Metric metric)
    {
        if (metric.Kind != MetricKind.Milestone && (metric.Target <= 0 || !double.IsFinite(metric.Target)))
        {
            throw DomainException.Invalid("metric.target", "目标值必须大于 0。");
        }

        if (metric.Kind == MetricKind.Milestone)
        {
            if (metric.Stages.Length == 0 || metric.Stages.Any(s => s.Weight <= 0)
                || Math.Abs(metric.Stages.Sum(s => s.Weight) - 1) > 1e-6)
            {
                throw DomainException.Invalid("metric.stages", "节点权重须大于 0 且合计为 1。");
            }
        }
    }

    private static bool IsCumulativePlan(double[] plan) =>
        plan.Length == 12
        && plan.All(p => p >= 0 && p <= 1)
        && plan.Zip(plan.Skip(1)).All(pair => pair.First <= pair.Second)
        && Math.Abs(plan[^1] - 1) < 1e-9;
}
