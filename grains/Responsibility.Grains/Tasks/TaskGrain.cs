namespace Responsibility.Grains.Tasks;

using Microsoft.Extensions.DependencyInjection;
using Orleans.EventSourcing;
using Orleans.EventSourcing.CustomStorage;
using Orleans.Providers;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Attachments;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Attachments;
using Responsibility.Grains.Domain;
using Responsibility.Grains.Journal;
using Responsibility.Storage.Events;

/// <summary>
/// A task is its event stream: every change appends one row whatever the task's history, and activation replays
/// the latest snapshot plus the events after it. After each change the brigade's rollups hear of it before the
/// caller is answered (read-your-writes).
/// </summary>
[LogConsistencyProvider(ProviderName = LogProviders.Events)]
public sealed class TaskGrain(IEventStore events, [FromKeyedServices(DomainClock.Key)] TimeProvider time)
    : JournaledGrain<TaskState, TaskEvent>, ITaskGrain, ICustomStorageInterface<TaskState, TaskEvent>
{
    private BrigadeSettings? settings;

    private TaskDefinition Definition =>
        State.Definition ?? throw DomainException.NotFound($"任务 {this.GetPrimaryKeyString()} 不存在。");

    private IBrigadeGrain Brigade => GrainFactory.GetGrain<IBrigadeGrain>(Definition.BrigadeId);

    private string Id => this.GetPrimaryKeyString();

    private string Stream => TaskEvent.Stream(Id);

    public async Task<TaskSnapshot> Define(TaskDefinition definition, string actor)
    {
        if (State.Definition is not null)
        {
            return State.Definition == definition ? Snapshot(null) : throw DomainException.Conflict("任务已存在。");
        }

        TaskRules.Check(definition);
        await Raise(new TaskDefined(definition) { Actor = actor, At = time.GetUtcNow() });
        return Snapshot(null);
    }

    public async Task<TaskView> GetView(DateOnly? asOf) => View(await Brigade.GetSettings(), asOf);

    public Task<ProgressEntry[]> GetEntries()
    {
        _ = Definition;
        return Task.FromResult(State.Entries.ToArray());
    }

    public Task<EntryPage> GetEntryPage(int limit, long? before)
    {
        _ = Definition;
        if (limit < 1)
        {
            throw DomainException.Invalid("limit", "每页至少 1 条。");
        }

        // Entries are only ever appended (a return changes one in place), so a position read once keeps its meaning.
        var end = (int)Math.Min(before ?? long.MaxValue, State.Entries.Count + 1L) - 1;
        var count = Math.Clamp(end, 0, limit);
        var page = new ProgressEntry[count];
        for (var i = 0; i < count; i++)
        {
            page[i] = State.Entries[end - 1 - i];
        }

        return Task.FromResult(new EntryPage(page, end - count > 0 ? end - count + 1 : null));
    }

    public Task<TaskRecord> GetRecord() => Task.FromResult(new TaskRecord(Definition, [.. State.Entries]));

    public async Task<EntryResult> ReportProgress(ProgressReport report, string actor)
    {
        var previous = report.IdempotencyKey is null ? null
            : State.Keyed(report.IdempotencyKey, actor);
        if (previous is not null)
        {
            if (!RequestHash.Matches(previous, report))
            {
                throw new DomainException(
                    ErrorKind.Unprocessable, "该 Idempotency-Key 已用于另一份填报，内容不同；新的填报请使用新的 Idempotency-Key。",
                    "idempotencyKey");
            }

            // A retry may follow a call that stored the entry but failed to reach the brigade: heal it.
            return new EntryResult(previous, await Notify(), Replayed: true);
        }

        settings ??= await Brigade.GetSettings();
        var now = time.GetUtcNow();
        var today = BrigadeClock.Today(time, settings.TimeZone);
        ProgressRules.Check(Definition, State.Entries, report, today);
        var entryId = Guid.CreateVersion7().ToString("N");
        var files = await AttachmentClaims.Claim(
            GrainFactory, report.AttachmentIds, new AttachmentOwner(AttachmentOwnerKind.Task, Id, entryId), Definition.BrigadeId,
            actor, State.Entries.SelectMany(e => e.Attachments ?? []).Select(f => f.Id));
        var entry = new ProgressEntry(
            entryId, report.Value, report.Stage, report.OccurredOn ?? today, now, actor, report.Note, report.Evidence,
            report.IdempotencyKey, Return: null, RequestHash.Of(report), files);
        await Raise(new ProgressReported(entry) { Actor = actor, At = now });
        Telemetry.ProgressReports.Add(1);
        return new EntryResult(entry, await Notify(), Replayed: false);
    }

    public async Task<EntryResult> ReturnEntry(string entryId, string reason, string actor)
    {
        var entry = State.Entries.Find(e => e.Id == entryId) ?? throw DomainException.NotFound($"填报记录 {entryId} 不存在。");
        if (entry.Returned)
        {
            throw DomainException.Conflict("该填报记录已被退回。");
        }

        var now = time.GetUtcNow();
        await Raise(new EntryReturned(entryId, new EntryReturn(reason, actor, now)) { Actor = actor, At = now });
        Telemetry.Returns.Add(1);
        return new EntryResult(State.Entries.Find(e => e.Id == entryId)!, await Notify(), Replayed: false);
    }

    public async Task<TaskView> Update(TaskPatch patch, int? expectedVersion, string actor)
    {
        var before = Definition;
        if (expectedVersion is int expected && expected != Version)
        {
            throw new DomainException(ErrorKind.PreconditionFailed, "任务已被他人修改，请刷新后重试。");
        }

        settings ??= await Brigade.GetSettings();
        if (patch.Due is { } due && due != before.Due && BrigadeClock.Today(time, settings.TimeZone) > before.Due)
        {
            // Past the date, a new one is an extension a leader sets (延期), so the original stays for the statistics.
            throw new DomainException(
                ErrorKind.Conflict, $"任务已过完成时限（{before.Due:yyyy-MM-dd}），不能再修改时限；请由领导通过延期设定新的时限。", "due");
        }

        var after = await TaskPatching.Apply(before, patch, Brigade);
        TaskRules.Check(after, before);
        await Raise(new TaskChanged(before, after) { Actor = actor, At = time.GetUtcNow() });
        return await Notify();
    }

    public Task<TaskSnapshot?> GetSnapshot(DateOnly? asOf) =>
        Task.FromResult(State.Definition is null ? null : Snapshot(asOf));

    public async Task<KeyValuePair<int, TaskState>> ReadStateFromStorage()
    {
        var (version, state) = await JournalReplay.Load<TaskState, TaskEvent>(events, Stream, TaskEvent.Codec, (s, e) => s.Apply(e));
        return new(version, state);
    }

    public async Task<bool> ApplyUpdatesToStorage(IReadOnlyList<TaskEvent> updates, int expectedVersion)
    {
        var version = expectedVersion + updates.Count;
        var (definition, measure) = State.After(updates);
        var summary = new TaskSnapshot(definition, measure, version);
        // The whole state is copied only for a snapshot: a plain write costs the same at any length.
        var snapshot = JournalReplay.SnapshotDue(expectedVersion, version, State.Entries.Count)
            ? new DerivedRow(version, EventCodec<TaskEvent>.Serialize(Applied(State.Copy(), updates)))
            : null;
        return await events.AppendAsync(new StreamAppend(
            Stream, definition.BrigadeId, expectedVersion, updates.Select(TaskEvent.Codec.Encode).ToList(), snapshot,
            new DerivedRow(version, EventCodec<TaskEvent>.Serialize(summary))));
    }

    protected override void TransitionState(TaskState state, TaskEvent @event) => state.Apply(@event);

    private static TaskState Applied(TaskState state, IEnumerable<TaskEvent> updates)
    {
        foreach (var update in updates)
        {
            state.Apply(update);
        }

        return state;
    }

    private async Task Raise(TaskEvent e)
    {
        RaiseEvent(e);
        await ConfirmEvents();
    }

    private TaskSnapshot Snapshot(DateOnly? asOf) =>
        new(Definition, State.Measure(asOf), Version);

    private TaskView View(BrigadeSettings current, DateOnly? asOf)
    {
        var day = asOf ?? BrigadeClock.Today(time, current.TimeZone);
        var measure = State.Measure(day);
        return new TaskView(Definition, Progress.Evaluate(Definition, measure, day, current.Thresholds), Version);
    }

    /// <summary>Tells the brigade the new measure before the caller is answered; its answer refreshes our settings.</summary>
    private async Task<TaskView> Notify()
    {
        settings = await Brigade.OnTaskChanged(Snapshot(null));
        return View(settings, null);
    }

    public async Task<TaskView> MoveDue(string extensionId, DateOnly due, string actor)
    {
        var definition = Definition;
        if (State.Extensions.Contains(extensionId))
        {
            return View(settings ??= await Brigade.GetSettings(), null);
        }

        if (due <= definition.Due)
        {
            throw DomainException.Invalid("due", $"延期后的时限须晚于当前时限 {definition.Due:yyyy-MM-dd}。");
        }

        await Raise(new TaskDueMoved(extensionId, due) { Actor = actor, At = time.GetUtcNow() });
        return await Notify();
    }

    public async Task<TaskView> AdjustFromTemplate(TemplateTask template, int version, string note, string actor)
    {
        var before = Definition;
        if (before.Source is null)
        {
            throw DomainException.Conflict("该任务不是支队交办的任务。");
        }

        if (version > State.TemplateVersion)
        {
            var after = TaskRules.Tidy(before with
            {
                Title = template.Title,
                Category = template.Category,
                DutyLine = template.DutyLine,
                Metric = template.Metric,
                Weight = template.Weight,
                Start = template.Start,
                Due = template.Due,
                OriginalDue = before.OriginalDue is null ? null : template.Due,
                IndicatorCode = template.IndicatorCode,
                PlannedByMonth = template.PlannedByMonth,
            });
            TaskRules.Check(after, before);
            await Raise(new TaskTemplateAdjusted(before, after, version, note) { Actor = actor, At = time.GetUtcNow() });
        }

        return await Notify();
    }
}
