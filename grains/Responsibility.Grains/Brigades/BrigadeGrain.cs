namespace Responsibility.Grains.Brigades;

using Microsoft.Extensions.DependencyInjection;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;

public sealed class BrigadeGrain(
    [PersistentState("brigade", StorageNames.Main)] IPersistentState<BrigadeState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider time) : Grain, IBrigadeGrain
{
    private TaskSnapshots snapshots = null!;

    private BrigadeSettings Settings =>
        state.State.Settings ?? throw DomainException.NotFound($"大队 {this.GetPrimaryKeyString()} 不存在。");

    private DateOnly Today => BrigadeClock.Today(time, Settings.TimeZone);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        snapshots = new TaskSnapshots(GrainFactory);
        await snapshots.Load(state.State.Tasks.Keys);
        if (state.State.Settings is not null)
        {
            await GrainFactory.GetGrain<IReportScheduleGrain>(this.GetPrimaryKeyString()).Start();
        }
    }

    public async Task<BrigadeInfo> Configure(BrigadeSettings settings, string actor)
    {
        state.State.Settings = settings;
        state.State.CreatedAt ??= time.GetUtcNow();
        await Save(actor, "设置大队信息");
        await GrainFactory.GetGrain<IReportScheduleGrain>(this.GetPrimaryKeyString()).Start();
        await Task.WhenAll(
            state.State.Units.Select(DefineUnit).Concat(state.State.Leaders.Select(DefineLeader)));
        return await GetInfo();
    }

    public Task<BrigadeInfo> GetInfo()
    {
        var years = state.State.Tasks.Values.Select(t => t.Year).Distinct().Order().ToArray();
        var created = state.State.CreatedAt ?? state.State.History.FirstOrDefault()?.At ?? time.GetUtcNow();
        var createdOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(created, BrigadeClock.Zone(Settings.TimeZone)).DateTime);
        return Task.FromResult(new BrigadeInfo(
            this.GetPrimaryKeyString(), Settings, [.. state.State.Units], [.. state.State.Leaders], years, createdOn));
    }

    public Task<BrigadeSettings> GetSettings() => Task.FromResult(Settings);

    public async Task<UnitDefinition> UpsertUnit(UnitDefinition unit, string actor)
    {
        _ = Settings;
        Replace(state.State.Units, u => u.Id == unit.Id, unit);
        await Save(actor, $"设置单位 {unit.Id}");
        await DefineUnit(unit);
        return unit;
    }

    public async Task<LeaderDefinition> UpsertLeader(LeaderDefinition leader, string actor)
    {
        _ = Settings;
        OrgRules.CheckLeader(state.State, leader);
        Replace(state.State.Leaders, l => l.Id == leader.Id, leader);
        await Save(actor, $"设置班子成员 {leader.Id}");
        await DefineLeader(leader);
        return leader;
    }

    public async Task<TaskView> CreateTask(TaskDraft draft, string actor)
    {
        _ = Settings;
        var leaderId = await ResolveAssignment(draft.UnitId, draft.LeaderId);
        if (state.State.Tasks.Values.Any(t => t.Year == draft.Year && t.Code == draft.Code))
        {
            throw DomainException.Conflict($"{draft.Year} 年已有编号为 {draft.Code} 的任务。", "code");
        }

        OrgRules.CheckIndicator(snapshots.Current, draft);
        var definition = new TaskDefinition(
            TaskIds.New(), this.GetPrimaryKeyString(), draft.Year, draft.Code, draft.Title,
            draft.Category, draft.UnitId, leaderId, draft.DutyLine, draft.Metric, draft.Weight, draft.Start, draft.Due,
            draft.IndicatorCode, draft.PlannedByMonth);
        TaskRules.Check(definition);

        // Defined first: a crash before the index is saved leaves an unreachable task, never a dangling index entry.
        var snapshot = await GrainFactory.GetGrain<ITaskGrain>(definition.Id).Define(definition, actor);
        state.State.Tasks[definition.Id] = new TaskIndexEntry(definition.Year, definition.Code);
        await Save(actor, $"创建任务 {definition.Code}");
        snapshots.Upsert(snapshot);
        await Task.WhenAll(
            GrainFactory.GetGrain<IUnitGrain>(GrainKeys.Unit(definition.BrigadeId, definition.UnitId)).OnTaskChanged(snapshot),
            GrainFactory.GetGrain<ILeaderGrain>(GrainKeys.Leader(definition.BrigadeId, leaderId)).OnTaskChanged(snapshot));
        return View(JudgedTask.Judge(snapshot, Today, Settings.Thresholds));
    }

    public Task<string> ResolveAssignment(string unitId, string? leaderId) =>
        Task.FromResult(OrgRules.ResolveLeader(state.State, unitId, leaderId));

    public async Task<TaskView[]> ListTasks(TaskFilter filter, DateOnly? asOf)
    {
        var day = asOf ?? Today;
        var years = filter.Year is int y ? [y] : state.State.Tasks.Values.Select(t => t.Year).Distinct();
        var views = new List<TaskView>();
        foreach (var year in years.Order())
        {
            var ofYear = await snapshots.For(year, day, Today);
            views.AddRange(JudgedTask.JudgeAll(ofYear, year, day, Settings.Thresholds)
                .Where(t => Matches(filter, t))
                .Select(View));
        }

        return [.. views];
    }

    public Task<bool> HasTask(string taskId) => Task.FromResult(state.State.Tasks.ContainsKey(taskId));

    public Task<string[]> GetTaskIds(int[] years) => Task.FromResult(state.State.Tasks
        .Where(t => years.Contains(t.Value.Year))
        .Select(t => t.Key)
        .ToArray());

    public async Task<BrigadeRollup> GetRollup(int? year, DateOnly? asOf)
    {
        var day = asOf ?? Today;
        var ofYear = year ?? day.Year;
        var judged = JudgedTask.JudgeAll(await snapshots.For(ofYear, day, Today), ofYear, day, Settings.Thresholds);
        return BrigadeRollupComposer.Compose(
            this.GetPrimaryKeyString(), ofYear, day, state.State.Units, state.State.Leaders, judged);
    }

    public Task OnTaskChanged(TaskSnapshot snapshot)
    {
        if (state.State.Tasks.ContainsKey(snapshot.Definition.Id))
        {
            snapshots.Upsert(snapshot);
        }

        return Task.CompletedTask;
    }

    private static bool Matches(TaskFilter filter, JudgedTask task) =>
        (filter.UnitId is null || task.Definition.UnitId == filter.UnitId)
        && (filter.LeaderId is null || task.Definition.LeaderId == filter.LeaderId)
        && (filter.Category is null || task.Definition.Category == filter.Category)
        && (filter.Code is null || task.Definition.Code == filter.Code)
        && (filter.Status is null || task.Progress.Status == filter.Status);

    private static TaskView View(JudgedTask task) => new(task.Definition, task.Progress, task.Version);

    private static void Replace<T>(List<T> items, Predicate<T> match, T item)
    {
        var index = items.FindIndex(match);
        if (index < 0)
        {
            items.Add(item);
        }
        else
        {
            items[index] = item;
        }
    }

    private Task DefineUnit(UnitDefinition unit) => GrainFactory
        .GetGrain<IUnitGrain>(GrainKeys.Unit(this.GetPrimaryKeyString(), unit.Id)).Define(unit, Settings);

    private Task DefineLeader(LeaderDefinition leader) => GrainFactory
        .GetGrain<ILeaderGrain>(GrainKeys.Leader(this.GetPrimaryKeyString(), leader.Id)).Define(leader, Settings);

    private Task Save(string actor, string action)
    {
        state.State.History.Add(new ChangeRecord(time.GetUtcNow(), actor, action));
        return state.WriteStateAsync();
    }
}
