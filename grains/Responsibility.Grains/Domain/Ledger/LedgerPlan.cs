namespace Responsibility.Grains.Domain.Ledger;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Ledger;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// What importing a 台账 would do, decided before anything changes: each row creates its (year, code), changes the task
/// it names, or leaves it as it is; every row that breaks a rule of the brigade or of tasks is a problem. The same
/// rules as the grains' (<see cref="TaskRules"/>, a unit's supervising leader, one kind per indicator).
/// </summary>
public sealed record LedgerPlan(
    IReadOnlyList<(int Row, TaskDraft Draft)> Creates,
    IReadOnlyList<(int Row, string TaskId, TaskPatch Patch, int Version)> Updates,
    int Unchanged,
    IReadOnlyList<LedgerProblem> Problems)
{
    public static LedgerPlan Make(IReadOnlyList<LedgerRow> rows, BrigadeInfo brigade, IReadOnlyList<TaskView> existing)
    {
        // Codes stored before they were normalised are found by their normal form; a task already in it comes first.
        var byCode = new Dictionary<(int, string), TaskView>();
        foreach (var task in existing.OrderBy(t => TaskCodes.Normalise(t.Definition.Code) == t.Definition.Code ? 0 : 1))
        {
            byCode.TryAdd((task.Definition.Year, TaskCodes.Normalise(task.Definition.Code)), task);
        }

        var indicators = existing.Where(t => t.Definition.IndicatorCode is not null)
            .GroupBy(t => t.Definition.IndicatorCode!).ToDictionary(g => g.Key, g => g.First().Definition);
        var seen = new Dictionary<(int, string), int>();
        var (creates, updates, unchanged, problems) = (new List<(int, TaskDraft)>(), new List<(int, string, TaskPatch, int)>(), 0, new List<LedgerProblem>());
        foreach (var given in rows)
        {
            var row = given with { Code = TaskCodes.Normalise(given.Code) };
            try
            {
                if (seen.TryGetValue((row.Year, row.Code), out var first))
                {
                    throw DomainException.Invalid("code", $"与第 {first} 行的任务编号重复。");
                }

                seen[(row.Year, row.Code)] = row.Row;
                var after = byCode.TryGetValue((row.Year, row.Code), out var current)
                    ? LedgerChanges.Apply(current.Definition, row, brigade)
                    : New(row, brigade);
                TaskRules.Check(after, current?.Definition);
                CheckIndicator(after, indicators);
                if (current is null)
                {
                    creates.Add((row.Row, Draft(after)));
                }
                else if (LedgerChanges.Patch(current.Definition, after) is { } patch)
                {
                    updates.Add((row.Row, after.Id, patch, current.Version));
                }
                else
                {
                    unchanged++;
                }
            }
            catch (DomainException e)
            {
                problems.Add(new LedgerProblem(row.Row, e.Field ?? "code", e.Message));
            }
        }

        return new LedgerPlan(creates, updates, unchanged, problems);
    }

    /// <summary>A new task from its row, with the defaults a created task takes (one stage "完成", weight 1).</summary>
    private static TaskDefinition New(LedgerRow row, BrigadeInfo brigade)
    {
        var stages = row.Kind != MetricKind.Milestone ? [] : row.Stages is { Length: > 0 } given ? given : [new MilestoneStage("完成", 1)];
        var metric = new Metric(
            row.Kind, row.Kind == MetricKind.Milestone ? 1 : row.Target ?? 0, row.UnitLabel ?? "",
            row.Direction ?? RateDirection.HigherIsBetter, stages);
        return new TaskDefinition(
            "", brigade.Id, row.Year, row.Code, row.Title, row.Category, row.UnitId,
            LedgerChanges.Leader(brigade, row.UnitId, row.LeaderId), row.DutyLine, metric, row.Weight ?? 1, row.Start, row.Due,
            row.IndicatorCode is { Length: > 0 } code ? code : null,
            row.PlannedByMonth is { Length: > 0 } plan ? plan : null);
    }

    private static TaskDraft Draft(TaskDefinition d) => new(
        d.Year, d.Code, d.Title, d.Category, d.UnitId, d.LeaderId, d.DutyLine, d.Metric, d.Weight, d.Start, d.Due,
        d.IndicatorCode, d.PlannedByMonth);

    /// <summary>Tasks sharing an indicator code are added up, so they must measure the same kind of thing.</summary>
    private static void CheckIndicator(TaskDefinition task, Dictionary<string, TaskDefinition> indicators)
    {
        if (task.IndicatorCode is not { } code)
        {
            return;
        }

        if (indicators.TryGetValue(code, out var other) && other.Metric.Kind != task.Metric.Kind && other.Id != task.Id)
        {
            throw DomainException.Invalid("indicatorCode", $"指标 {code} 已用于“{other.Title}”，考核方式须与它一致。");
        }

        indicators.TryAdd(code, task);
    }
}
