namespace Responsibility.Grains.Domain.Ledger;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Ledger;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// A row applied to the task it names, and the patch that makes the difference. Figures read from a sheet went through
/// percentages with a few decimals, so a figure within a rounding of the stored one is the stored one: an exported
/// sheet imported again changes nothing.
/// </summary>
internal static class LedgerChanges
{
    // A sheet shows shares (plan, stage weights) to 0.01 %, and rate targets to 0.0001 %.
    private const double ShareRounding = 1e-4;
    private const double FigureRounding = 1e-6;

    public static TaskDefinition Apply(TaskDefinition task, LedgerRow row, BrigadeInfo brigade)
    {
        var metric = task.Metric;
        if (row.Kind != metric.Kind)
        {
            throw DomainException.Invalid("metric.kind", $"考核方式在任务建立后不能修改（原为{Abstractions.Text.TaskText.MetricKindName(metric.Kind)}）。");
        }

        if (metric.Kind == MetricKind.Rate && row.Direction is { } direction && direction != metric.Direction)
        {
            throw DomainException.Invalid("metric.direction", "比率的方向（越高越好或越低越好）在任务建立后不能修改。");
        }

        if (row.Stages is { Length: > 0 } stages && metric.Kind == MetricKind.Milestone && !SameStages(stages, metric.Stages))
        {
            throw DomainException.Invalid("metric.stages", "节点在任务建立后不能修改。");
        }

        var target = metric.Kind == MetricKind.Milestone || row.Target is not { } t || Same(t, metric.Target, FigureRounding) ? metric.Target : t;
        var unitChanged = row.UnitId != task.UnitId;
        return task with
        {
            Title = row.Title,
            Category = row.Category,
            UnitId = row.UnitId,
            LeaderId = row.LeaderId is null && !unitChanged ? task.LeaderId : Leader(brigade, row.UnitId, row.LeaderId),
            DutyLine = row.DutyLine,
            Metric = metric with { Target = target, UnitLabel = row.UnitLabel ?? metric.UnitLabel },
            Weight = row.Weight is { } w && !Same(w, task.Weight, FigureRounding) ? w : task.Weight,
            Start = row.Start,
            Due = row.Due,
            IndicatorCode = row.IndicatorCode is null ? task.IndicatorCode : row.IndicatorCode.Length == 0 ? null : row.IndicatorCode,
            PlannedByMonth = row.PlannedByMonth is null ? task.PlannedByMonth
                : row.PlannedByMonth.Length == 0 ? null
                : SamePlan(row.PlannedByMonth, task.PlannedByMonth) ? task.PlannedByMonth : row.PlannedByMonth,
        };
    }

    /// <summary>The fields that differ, as a PATCH would send them; null when nothing does.</summary>
    public static TaskPatch? Patch(TaskDefinition before, TaskDefinition after)
    {
        var patch = new TaskPatch(
            Title: Changed(before.Title, after.Title),
            Category: Changed(before.Category, after.Category),
            UnitId: Changed(before.UnitId, after.UnitId),
            // A task moved to another unit would take that unit's leader unless the patch names one.
            LeaderId: before.UnitId != after.UnitId ? after.LeaderId : Changed(before.LeaderId, after.LeaderId),
            DutyLine: before.DutyLine == after.DutyLine ? null : after.DutyLine,
            Target: before.Metric.Target == after.Metric.Target ? null : after.Metric.Target,
            UnitLabel: Changed(before.Metric.UnitLabel, after.Metric.UnitLabel),
            Weight: before.Weight == after.Weight ? null : after.Weight,
            Start: before.Start == after.Start ? null : after.Start,
            Due: before.Due == after.Due ? null : after.Due,
            IndicatorCode: before.IndicatorCode == after.IndicatorCode ? null : after.IndicatorCode ?? "",
            PlannedByMonth: ReferenceEquals(before.PlannedByMonth, after.PlannedByMonth) ? null : after.PlannedByMonth ?? []);
        return patch == new TaskPatch() ? null : patch;
    }

    /// <summary>A task's leader: the one named, else the one who supervises (分管) its unit.</summary>
    public static string Leader(BrigadeInfo brigade, string unitId, string? leaderId)
    {
        if (brigade.Units.All(u => u.Id != unitId))
        {
            throw DomainException.Invalid("unitId", $"单位 {unitId} 不存在。");
        }

        if (leaderId is not null)
        {
            return brigade.Leaders.Any(l => l.Id == leaderId) ? leaderId : throw DomainException.Invalid("leaderId", $"班子成员 {leaderId} 不存在。");
        }

        return Array.Find(brigade.Leaders, l => l.UnitIds.Contains(unitId))?.Id ?? throw DomainException.Invalid(
            "leaderId", $"{Array.Find(brigade.Units, u => u.Id == unitId)!.Name}尚无分管领导，请填写分管领导。");
    }

    private static string? Changed(string before, string after) => before == after ? null : after;

    private static bool Same(double a, double b, double rounding) => Math.Abs(a - b) <= rounding;

    private static bool SameStages(MilestoneStage[] given, MilestoneStage[] stored) =>
        given.Length == stored.Length && given.Zip(stored).All(p => p.First.Name == p.Second.Name && Same(p.First.Weight, p.Second.Weight, ShareRounding));

    private static bool SamePlan(double[] given, double[]? stored) =>
        stored is not null && given.Length == stored.Length && given.Zip(stored).All(p => Same(p.First, p.Second, ShareRounding));
}
