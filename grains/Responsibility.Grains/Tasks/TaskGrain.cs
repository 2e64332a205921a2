namespace Responsibility.Grains.Tasks;

using Microsoft.Extensions.DependencyInjection;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;

public sealed class TaskGrain(
    [PersistentState("task", StorageNames.Main)] IPersistentState<TaskState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider time) : Grain, ITaskGrain
{
    private TaskDefinition Definition =>
        state.State.Definition ?? throw DomainException.NotFound($"任务 {this.GetPrimaryKeyString()} 不存在。");

    private IBrigadeGrain Brigade => GrainFactory.GetGrain<IBrigadeGrain>(Definition.BrigadeId);

    public async Task<TaskSnapshot> Define(TaskDefinition definition, string actor)
    {
        if (state.State.Definition is not null)
        {
            return state.State.Definition == definition ? Snapshot(null) : throw DomainException.Conflict("任务已存在。");
        }

        TaskRules.Check(definition);
        state.State.Definition = definition;
        await Save(actor, "创建任务");
        return Snapshot(null);
    }

    public async Task<TaskView> GetView(DateOnly? asOf)
    {
        var settings = await Brigade.GetSettings();
        var day = asOf ?? BrigadeClock.Today(time, settings.TimeZone);
        var measure = Measurement.Measure(Definition.Metric, state.State.Entries, day);
        return new TaskView(Definition, Progress.Evaluate(Definition, measure, day, settings.Thresholds), state.State.Version);
    }

    public Task<ProgressEntry[]> GetEntries()
    {
        _ = Definition;
        return Task.FromResult(state.State.Entries.ToArray());
    }

    public Task<TaskRecord> GetRecord() => Task.FromResult(new TaskRecord(Definition, [.. state.State.Entries]));

    public async Task<EntryResult> ReportProgress(ProgressReport report, string actor)
    {
        var previous = report.IdempotencyKey is null ? null
            : state.State.Entries.Find(e => e.IdempotencyKey == report.IdempotencyKey && e.ReportedBy == actor);
        if (previous is not null)
        {
            if (!RequestHash.Matches(previous, report))
            {
                throw new DomainException(
                    ErrorKind.Unprocessable, "该 Idempotency-Key 已用于另一份填报，内容不同；新的填报请使用新的 Idempotency-Key。",
                    "idempotencyKey");
            }

            // A retry may follow a call that stored the entry but failed to reach the aggregates: heal them.
            await Notify(null);
            return new EntryResult(previous, await GetView(null), Replayed: true);
        }

        var settings = await Brigade.GetSettings();
        var now = time.GetUtcNow();
        var today = BrigadeClock.Today(time, settings.TimeZone);
        ProgressRules.Check(Definition, state.State.Entries, report, today);
        var entry = new ProgressEntry(
            Guid.CreateVersion7().ToString("N"), report.Value, report.Stage, report.OccurredOn ?? today, now, actor,
            report.Note, report.Evidence, report.IdempotencyKey, Return: null, RequestHash.Of(report));
        state.State.Entries.Add(entry);
        await Save(actor, $"填报进度 {entry.Id}");
        await Notify(null);
        return new EntryResult(entry, await GetView(null), Replayed: false);
    }

    public async Task<EntryResult> ReturnEntry(string entryId, string reason, string actor)
    {
        var index = state.State.Entries.FindIndex(e => e.Id == entryId);
        if (index < 0)
        {
            throw DomainException.NotFound($"填报记录 {entryId} 不存在。");
        }

        if (state.State.Entries[index].Returned)
        {
            throw DomainException.Conflict("该填报记录已被退回。");
        }

        var returned = new EntryReturn(reason, actor, time.GetUtcNow());
        state.State.Entries[index] = state.State.Entries[index] with { Return = returned };
        await Save(actor, $"退回填报 {entryId}：{reason}");
        await Notify(null);
        return new EntryResult(state.State.Entries[index], await GetView(null), Replayed: false);
    }

    public async Task<TaskView> Update(TaskPatch patch, int? expectedVersion, string actor)
    {
        var before = Definition;
        if (expectedVersion is int expected && expected != state.State.Version)
        {
            throw new DomainException(ErrorKind.PreconditionFailed, "任务已被他人修改，请刷新后重试。");
        }

        var after = await TaskPatching.Apply(before, patch, Brigade);
        TaskRules.Check(after, before);
        state.State.Definition = after;
        await Save(actor, "修改任务");
        await Notify(before);
        return await GetView(null);
    }

    public Task<TaskSnapshot?> GetSnapshot(DateOnly? asOf) =>
        Task.FromResult(state.State.Definition is null ? null : Snapshot(asOf));

    private TaskSnapshot Snapshot(DateOnly? asOf) =>
        new(Definition, Measurement.Measure(Definition.Metric, state.State.Entries, asOf), state.State.Version);

    private async Task Save(string actor, string action)
    {
        state.State.Version++;
        state.State.History.Add(new ChangeRecord(time.GetUtcNow(), actor, action));
        await state.WriteStateAsync();
    }

    /// <summary>Pushes the new measure to every aggregate that includes this task before the caller is answered.</summary>
    private Task Notify(TaskDefinition? before)
    {
        var snapshot = Snapshot(null);
        var task = snapshot.Definition;
        var calls = new List<Task>
        {
            Brigade.OnTaskChanged(snapshot),
            GrainFactory.GetGrain<IUnitGrain>(GrainKeys.Unit(task.BrigadeId, task.UnitId)).OnTaskChanged(snapshot),
            GrainFactory.GetGrain<ILeaderGrain>(GrainKeys.Leader(task.BrigadeId, task.LeaderId)).OnTaskChanged(snapshot),
        };
        if (before is not null && before.UnitId != task.UnitId)
        {
            calls.Add(GrainFactory.GetGrain<IUnitGrain>(GrainKeys.Unit(task.BrigadeId, before.UnitId)).OnTaskRemoved(task.Id));
        }

        if (before is not null && before.LeaderId != task.LeaderId)
        {
            calls.Add(GrainFactory.GetGrain<ILeaderGrain>(GrainKeys.Leader(task.BrigadeId, before.LeaderId)).OnTaskRemoved(task.Id));
        }

        return Task.WhenAll(calls);
    }
}
