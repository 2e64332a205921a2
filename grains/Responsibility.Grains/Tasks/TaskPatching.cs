namespace Responsibility.Grains.Tasks;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>A patch applied: only the fields it names change, their text trimmed as a new task's is (<see cref="TaskRules.Tidy"/>).</summary>
internal static class TaskPatching
{
    public static async Task<TaskDefinition> Apply(TaskDefinition task, TaskPatch patch, IBrigadeGrain brigade)
    {
        var unitId = patch.UnitId ?? task.UnitId;
        var leaderId = patch.LeaderId ?? (patch.UnitId is not null && patch.UnitId != task.UnitId ? null : task.LeaderId);
        if (unitId != task.UnitId || leaderId != task.LeaderId)
        {
            leaderId = await brigade.ResolveAssignment(unitId, leaderId);
        }

        var metric = task.Metric with
        {
            Target = patch.Target ?? task.Metric.Target,
            UnitLabel = patch.UnitLabel?.Trim() ?? task.Metric.UnitLabel,
        };
        return task with
        {
            Title = patch.Title?.Trim() ?? task.Title,
            Category = patch.Category?.Trim() ?? task.Category,
            UnitId = unitId,
            LeaderId = leaderId!,
            DutyLine = patch.DutyLine ?? task.DutyLine,
            Metric = metric,
            Weight = patch.Weight ?? task.Weight,
            Start = patch.Start ?? task.Start,
            Due = patch.Due ?? task.Due,
            // A plan edit sets both dates: before the due date passes there is nothing to keep apart.
            OriginalDue = patch.Due is not null && task.OriginalDue is not null ? patch.Due : task.OriginalDue,
            IndicatorCode = patch.IndicatorCode is null ? task.IndicatorCode : patch.IndicatorCode.Length == 0 ? null : patch.IndicatorCode,
            PlannedByMonth = patch.PlannedByMonth is null ? task.PlannedByMonth : patch.PlannedByMonth.Length == 0 ? null : patch.PlannedByMonth,
        };
    }
}
