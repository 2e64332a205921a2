namespace Responsibility.Grains.Brigades;

using Microsoft.Extensions.DependencyInjection;
using Orleans.EventSourcing;
using Orleans.EventSourcing.CustomStorage;
using Orleans.Providers;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;
using Responsibility.Grains.Journal;
using Responsibility.Grains.Tasks;
using Responsibility.Storage.Events;

/// <summary>
/// The tenant: its organisation and yearly plans are its event stream; its rollups are kept live from the tasks'
/// pushes (<see cref="LiveRollups"/>). On activation the rollups start from the tasks' stored summaries, so a cold
/// brigade does not wake its tasks.
/// </summary>
[LogConsistencyProvider(ProviderName = LogProviders.Events)]
public sealed partial class BrigadeGrain(IEventStore events, [FromKeyedServices(DomainClock.Key)] TimeProvider time)
    : JournaledGrain<BrigadeState, BrigadeEvent>, IBrigadeGrain, ICustomStorageInterface<BrigadeState, BrigadeEvent>
{
    private readonly LiveRollups live = new();
    private readonly HashSet<(int Year, string Code)> codes = [];

    /// <summary>Past days' judged tasks as replayed from the log (a detachment's dashboard asks every brigade the same day), kept until anything changes.</summary>
    private readonly Dictionary<(int Year, DateOnly Day), IReadOnlyList<JudgedTask>> replayed = [];

    private const int MaxReplayedDays = 4;

    private long changes;

    private BrigadeSettings Settings =>
        State.Settings ?? throw DomainException.NotFound($"大队 {this.GetPrimaryKeyString()} 不存在。");

    private DateOnly Today => BrigadeClock.Today(time, Settings.TimeZone);

    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        codes.UnionWith(State.Tasks.Values.Select(t => (t.Year, TaskCodes.Normalise(t.Code))));
        codes.UnionWith(State.Instances.Values.Select(t => (t.Year, TaskCodes.Normalise(t.Code))));
        Reorganise();
        await LoadSummaries();
        if (State.Settings is not null)
        {
            // The report schedule's and the deadlines' reminders are (re)registered whenever a configured brigade wakes.
            await GrainFactory.GetGrain<IReportScheduleGrain>(Id).Start();
            await GrainFactory.GetGrain<IDeadlineGrain>(Id).Start();
        }
    }

    public async Task<BrigadeInfo> Configure(BrigadeSettings settings, string actor)
    {
        await Raise(new BrigadeConfigured(State.Settings, settings) { Actor = actor, At = time.GetUtcNow() });
        Reorganise();
        await GrainFactory.GetGrain<IReportScheduleGrain>(Id).Start();
        await GrainFactory.GetGrain<IDeadlineGrain>(Id).Start();
        return await GetInfo();
    }

    public Task<BrigadeInfo> GetInfo()
    {
        var years = State.Tasks.Values.Select(t => t.Year).Distinct().Order().ToArray();
        var created = State.CreatedAt ?? time.GetUtcNow();
        var createdOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(created, BrigadeClock.Zone(Settings.TimeZone)).DateTime);
        return Task.FromResult(new BrigadeInfo(Id, Settings, [.. State.Units], [.. State.Leaders], years, createdOn, State.DetachmentId));
    }

    public Task<BrigadeSettings> GetSettings() => Task.FromResult(Settings);

    public async Task<BrigadeInfo> JoinDetachment(string detachmentId, string actor)
    {
        _ = Settings;
        if (State.DetachmentId is { } current && current != detachmentId)
        {
            throw DomainException.Conflict($"大队 {Id} 已属于另一个支队。");
        }

        if (State.DetachmentId is null)
        {
            await Raise(new BrigadeJoinedDetachment(detachmentId) { Actor = actor, At = time.GetUtcNow() });
        }

        return await GetInfo();
    }

    public async Task<UnitDefinition> UpsertUnit(UnitDefinition unit, string actor)
    {
        _ = Settings;
        await Raise(new UnitDefined(State.Units.Find(u => u.Id == unit.Id), unit) { Actor = actor, At = time.GetUtcNow() });
        Reorganise();
        return unit;
    }

    public async Task<LeaderDefinition> UpsertLeader(LeaderDefinition leader, string actor)
    {
        _ = Settings;
        OrgRules.CheckLeader(State, leader);
        await Raise(new LeaderDefined(State.Leaders.Find(l => l.Id == leader.Id), leader) { Actor = actor, At = time.GetUtcNow() });
        Reorganise();
        return leader;
    }

    public async Task<TaskView> CreateTask(TaskDraft draft, string actor)
    {
        _ = Settings;
        var leaderId = OrgRules.ResolveLeader(State, draft.UnitId, draft.LeaderId);
        var definition = TaskRules.Tidy(new TaskDefinition(
            TaskIds.New(), Id, draft.Year, draft.Code, draft.Title, draft.Category, draft.UnitId, leaderId, draft.DutyLine,
            draft.Metric, draft.Weight, draft.Start, draft.Due, draft.IndicatorCode, draft.PlannedByMonth));
        if (codes.Contains((definition.Year, definition.Code)))
        {
            throw DomainException.Conflict($"{definition.Year} 年已有编号为 {definition.Code} 的任务。", "code");
        }

        OrgRules.CheckIndicator(live, draft);
        TaskRules.Check(definition);

        // Defined first: a crash before the index is written leaves an unreachable task, never a dangling index entry.
        var snapshot = await GrainFactory.GetGrain<ITaskGrain>(definition.Id).Define(definition, actor);
        await Raise(new TaskIndexed(definition.Id, definition.Year, definition.Code, definition.Title) { Actor = actor, At = time.GetUtcNow() });
        codes.Add((definition.Year, definition.Code));
        live.Upsert(snapshot);
        var judged = JudgedTask.Judge(snapshot, Today, Settings.Thresholds);
        return new TaskView(judged.Definition, judged.Progress, judged.Version);
    }

    public Task<string> ResolveAssignment(string unitId, string? leaderId) =>
        Task.FromResult(OrgRules.ResolveLeader(State, unitId, leaderId));

    public async Task<TaskView[]> ListTasks(TaskFilter filter, DateOnly? asOf)
    {
        var day = asOf ?? Today;
        var years = filter.Year is int y ? [y] : State.Tasks.Values.Select(t => t.Year).Distinct().Order().ToArray();
        var views = new List<TaskView>();
        foreach (var year in years)
        {
            views.AddRange((await Judged(year, day)).Where(t => Matches(filter, t)).Select(t => new TaskView(t.Definition, t.Progress, t.Version)));
        }

        return [.. views];
    }

    public Task<bool> HasTask(string taskId) => Task.FromResult(State.Tasks.ContainsKey(taskId) || State.Instances.ContainsKey(taskId));

    public Task<TaskDefinition[]> GetDefinitions(string[] taskIds) => Task.FromResult(
        taskIds.Select(live.Find).OfType<TaskSnapshot>().Select(s => s.Definition).ToArray());

    public Task<TaskSnapshot[]> GetSnapshots(int year) =>
        Task.FromResult(live.Tasks.Where(t => t.Definition.Year == year && State.Tasks.ContainsKey(t.Definition.Id)).ToArray());

    public Task<string[]> GetTaskIds(int[] years) =>
        Task.FromResult(State.Tasks.Where(t => years.Contains(t.Value.Year)).Select(t => t.Key).ToArray());

    public async Task<BrigadeRollup> GetRollup(int? year, DateOnly? asOf)
    {
        var started = time.GetTimestamp();
        var day = asOf ?? Today;
        var ofYear = year ?? day.Year;
        var rollup = day >= Today
            ? live.Brigade(Id, ofYear, day)
            : BrigadeRollupComposer.Compose(Id, ofYear, day, State.Units, State.Leaders, await Judged(ofYear, day));
        Telemetry.RollupDuration.Record(time.GetElapsedTime(started).TotalMilliseconds);
        return rollup;
    }

    public async Task<UnitRollup> GetUnitRollup(string unitId, int? year, DateOnly? asOf)
    {
        var unit = State.Units.Find(u => u.Id == unitId) ?? throw DomainException.NotFound($"单位 {unitId} 不存在。");
        var day = asOf ?? Today;
        var ofYear = year ?? day.Year;
        return day >= Today
            ? live.Unit(unit, ofYear, day)
            : new UnitRollup(unit.Id, unit.Name, Rollups.Summarize((await Judged(ofYear, day)).Where(t => t.Definition.UnitId == unitId)));
    }

    public async Task<LeaderRollup> GetLeaderRollup(string leaderId, int? year, DateOnly? asOf)
    {
        var leader = State.Leaders.Find(l => l.Id == leaderId) ?? throw DomainException.NotFound($"班子成员 {leaderId} 不存在。");
        var day = asOf ?? Today;
        var ofYear = year ?? day.Year;
        return day >= Today ? live.Leader(leader, ofYear, day) : BrigadeRollupComposer.ForLeader(leader, await Judged(ofYear, day));
    }

    public async Task<BrigadeSettings> OnTaskChanged(TaskSnapshot snapshot)
    {
        ForgetReplays();
        var id = snapshot.Definition.Id;
        if (State.Instances.TryGetValue(id, out var instance) && !instance.Assigned && snapshot.Definition.UnitId.Length > 0)
        {
            // An instance of a 支队 template joins the yearly plan when its brigade assigns its unit, and counts from then.
            await Raise(new TemplateTaskAssigned(id) { Actor = "system", At = time.GetUtcNow() });
        }

        if (State.Tasks.ContainsKey(id))
        {
            live.Upsert(snapshot);
            await TellDetachment();
        }

        return Settings;
    }

    public async Task<string> ReceiveTemplateTask(TemplateSource source, TaskDraft draft, string actor)
    {
        _ = Settings;
        var id = TemplateIds.Instance(source, Id);
        if (State.Instances.ContainsKey(id))
        {
            return id;
        }

        // A crash after the task was defined and before it was indexed leaves the task: it is taken as it stands.
        var task = GrainFactory.GetGrain<ITaskGrain>(id);
        var existing = await task.GetSnapshot(null);
        TaskDefinition definition;
        if (existing is { Definition.Source: { } known } && known == source && existing.Definition.BrigadeId == Id)
        {
            definition = existing.Definition;
        }
        else
        {
            definition = TaskRules.Tidy(new TaskDefinition(
                id, Id, draft.Year, FreeCode(draft.Year, TaskCodes.Normalise(draft.Code)), draft.Title, draft.Category, "", "",
                draft.DutyLine, draft.Metric, draft.Weight, draft.Start, draft.Due, draft.IndicatorCode, draft.PlannedByMonth,
                Source: source));
            TaskRules.Check(definition);
            await task.Define(definition, actor);
        }

        await Raise(new TemplateTaskReceived(id, definition.Year, definition.Code, definition.Title, source) { Actor = actor, At = time.GetUtcNow() });
        codes.Add((definition.Year, definition.Code));
        return id;
    }

    public async Task NoteTemplateAdjusted(string taskId, int version, string note, string actor)
    {
        if (State.Instances.TryGetValue(taskId, out var instance) && instance.AdjustedVersion < version)
        {
            await Raise(new TemplateTaskAdjusted(taskId, version, note) { Actor = actor, At = time.GetUtcNow() });
        }
    }

    public Task<TemplateInstanceState[]> GetTemplateInstances() =>
        Task.FromResult(State.Instances.Values.OrderBy(i => i.ReceivedAt).ToArray());

    /// <summary>The template's code, or with -ZD (then -ZD2, …) when the brigade already has it for the year.</summary>
    private string FreeCode(int year, string code)
    {
        if (!codes.Contains((year, code)))
        {
            return code;
        }

        for (var n = 1; ; n++)
        {
            var candidate = n == 1 ? $"{code}-ZD" : $"{code}-ZD{n}";
            if (!codes.Contains((year, candidate)))
            {
                return candidate;
            }
        }
    }

    public async Task<KeyValuePair<int, BrigadeState>> ReadStateFromStorage()
    {
        var (version, state) = await JournalReplay.Load<BrigadeState, BrigadeEvent>(
            events, BrigadeEvent.Stream(Id), BrigadeEvent.Codec, (s, e) => s.Apply(e));
        return new(version, state);
    }

    public async Task<bool> ApplyUpdatesToStorage(IReadOnlyList<BrigadeEvent> updates, int expectedVersion)
    {
        var version = expectedVersion + updates.Count;
        DerivedRow? snapshot = null;
        if (JournalReplay.SnapshotDue(expectedVersion, version, State.Tasks.Count))
        {
            var after = State.Copy();
            foreach (var update in updates)
            {
                after.Apply(update);
            }

            snapshot = new DerivedRow(version, EventCodec<BrigadeEvent>.Serialize(after));
        }

        return await events.AppendAsync(new StreamAppend(
            BrigadeEvent.Stream(Id), Id, expectedVersion, updates.Select(BrigadeEvent.Codec.Encode).ToList(), snapshot));
    }

    protected override void TransitionState(BrigadeState state, BrigadeEvent @event) => state.Apply(@event);

    private async Task Raise(BrigadeEvent e)
    {
        ForgetReplays();
        RaiseEvent(e);
        await ConfirmEvents();
        await TellDetachment();
    }

    private void Reorganise()
    {
        if (State.Settings is { } settings)
        {
            live.Reorganise(State.Units, State.Leaders, settings.Thresholds);
        }
    }

    /// <summary>Starts the live rollups from the tasks' summaries; a task without one (older data) is asked itself.</summary>
    private async Task LoadSummaries()
    {
        var summaries = await TaskSummaries.Read(events, Id);
        var missing = new List<string>();
        foreach (var taskId in State.Tasks.Keys)
        {
            if (summaries.TryGetValue(TaskEvent.Stream(taskId), out var snapshot))
            {
                live.Upsert(snapshot);
            }
            else
            {
                missing.Add(taskId);
            }
        }

        var asked = await Task.WhenAll(missing.Select(id => GrainFactory.GetGrain<ITaskGrain>(id).GetSnapshot(null)));
        foreach (var snapshot in asked.OfType<TaskSnapshot>())
        {
            live.Upsert(snapshot);
        }
    }

    /// <summary>The year's tasks judged at a day: live for today and later, replayed from the log for a past day.</summary>
    private async Task<IReadOnlyList<JudgedTask>> Judged(int year, DateOnly day)
    {
        if (day >= Today)
        {
            return live.Judged(year, day);
        }

        if (replayed.TryGetValue((year, day), out var kept))
        {
            return kept;
        }

        var generation = changes;
        var ids = State.Tasks.Where(t => t.Value.Year == year).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var records = await TaskLog.Records(events, Id, ids);
        var judged = records
            .Select(r => JudgedTask.Judge(new TaskSnapshot(r.Definition, Measurement.Measure(r.Definition.Metric, r.Entries, day), r.Version), day, Settings.Thresholds))
            .OrderBy(t => t.Definition.Code, StringComparer.Ordinal)
            .ToList();
        if (generation == changes)
        {
            if (replayed.Count >= MaxReplayedDays)
            {
                replayed.Clear();
            }

            replayed[(year, day)] = judged;
        }

        return judged;
    }

    /// <summary>
    /// A change to any task or to the organisation may move any past day (an entry is dated when it happened, however
    /// late it is recorded), so every day replayed is forgotten; the counter lets a replay that was running meanwhile
    /// know not to keep its answer.
    /// </summary>
    private void ForgetReplays()
    {
        changes++;
        replayed.Clear();
    }

    private static bool Matches(TaskFilter filter, JudgedTask task) =>
        (filter.UnitId is null || task.Definition.UnitId == filter.UnitId)
        && (filter.LeaderId is null || task.Definition.LeaderId == filter.LeaderId)
        && (filter.Category is null || task.Definition.Category == filter.Category)
        && (filter.Code is null || TaskCodes.Same(task.Definition.Code, filter.Code))
        && (filter.Status is null || task.Progress.Status == filter.Status);
}
