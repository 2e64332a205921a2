namespace Responsibility.Grains.Ledger;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Ledger;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;
using Responsibility.Grains.Domain.Ledger;
using Responsibility.Grains.Tasks;
using Responsibility.Storage.Events;

/// <summary>
/// Imports and exports a brigade's 台账. Not reentrant, so one import of a brigade runs at a time, and it plans every
/// row against the brigade and its tasks before it changes anything: a sheet with a bad row changes nothing. Its
/// changes go through the brigade and the tasks like any other, so each is an event in the log.
/// </summary>
public sealed class LedgerGrain(IEventStore events) : Grain, ILedgerGrain
{
    private IBrigadeGrain Brigade => GrainFactory.GetGrain<IBrigadeGrain>(this.GetPrimaryKeyString());

    public async Task<LedgerProblem[]> Check(LedgerRow[] rows) => [.. (await Plan(rows)).Problems];

    public async Task<LedgerImportResult> Import(LedgerRow[] rows, string actor)
    {
        var plan = await Plan(rows);
        if (plan.Problems.Count > 0)
        {
            return new LedgerImportResult(0, 0, 0, [.. plan.Problems]);
        }

        // Only a change made meanwhile by someone else can fail now (a code taken, a task edited): it names its row,
        // and importing the same sheet again finishes the work, as rows already applied change nothing.
        foreach (var (row, draft) in plan.Creates)
        {
            await Named(row, () => Brigade.CreateTask(draft, actor));
        }

        foreach (var (row, taskId, patch, version) in plan.Updates)
        {
            await Named(row, () => GrainFactory.GetGrain<ITaskGrain>(taskId).Update(patch, version, actor));
        }

        return new LedgerImportResult(plan.Creates.Count, plan.Updates.Count, plan.Unchanged, []);
    }

    public async Task<LedgerLine[]> Export(int year)
    {
        var views = await Brigade.ListTasks(new TaskFilter(Year: year), null);
        var records = await TaskLog.Records(events, this.GetPrimaryKeyString(), views.Select(v => v.Definition.Id).ToHashSet(StringComparer.Ordinal));
        var notes = records.ToDictionary(r => r.Definition.Id, r => Measurement.Measure(r.Definition.Metric, r.Entries).LatestNote);
        return views
            .OrderBy(v => v.Definition.DutyLine).ThenBy(v => v.Definition.Code, StringComparer.Ordinal)
            .Select(v => new LedgerLine(v, notes.GetValueOrDefault(v.Definition.Id)))
            .ToArray();
    }

    private async Task<LedgerPlan> Plan(LedgerRow[] rows) =>
        LedgerPlan.Make(rows, await Brigade.GetInfo(), await Brigade.ListTasks(new TaskFilter(), null));

    private static async Task Named(int row, Func<Task> change)
    {
        try
        {
            await change();
        }
        catch (DomainException e)
        {
            throw new DomainException(e.Kind, $"第 {row} 行：{e.Message}", e.Field);
        }
    }
}
