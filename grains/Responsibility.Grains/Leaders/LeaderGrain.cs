namespace Responsibility.Grains.Leaders;

using Microsoft.Extensions.DependencyInjection;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;

public sealed class LeaderGrain(
    [PersistentState("leader", StorageNames.Main)] IPersistentState<LeaderState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider time) : Grain, ILeaderGrain
{
    private TaskSnapshots snapshots = null!;

    private LeaderDefinition Leader =>
        state.State.Leader ?? throw DomainException.NotFound($"班子成员 {this.GetPrimaryKeyString()} 不存在。");

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        snapshots = new TaskSnapshots(GrainFactory);
        await snapshots.Load(state.State.TaskIds);
    }

    public async Task Define(LeaderDefinition leader, BrigadeSettings settings)
    {
        state.State.Leader = leader;
        state.State.Settings = settings;
        await state.WriteStateAsync();
    }

    public async Task<LeaderRollup> GetRollup(int? year, DateOnly? asOf)
    {
        var definition = Leader;
        var settings = state.State.Settings!;
        var today = BrigadeClock.Today(time, settings.TimeZone);
        var day = asOf ?? today;
        var ofYear = year ?? day.Year;
        var judged = JudgedTask.JudgeAll(await snapshots.For(ofYear, day, today), ofYear, day, settings.Thresholds);
        return BrigadeRollupComposer.ForLeader(definition, judged);
    }

    public Task<string[]> GetTaskIds(DutyLine line) => Task.FromResult(snapshots.Current
        .Where(s => s.Definition.DutyLine == line)
        .Select(s => s.Definition.Id)
        .Order(StringComparer.Ordinal)
        .ToArray());

    public async Task OnTaskChanged(TaskSnapshot snapshot)
    {
        var belongs = GrainKeys.Leader(snapshot.Definition.BrigadeId, snapshot.Definition.LeaderId) == this.GetPrimaryKeyString();
        if (snapshots.Apply(snapshot, belongs, state.State.TaskIds))
        {
            await state.WriteStateAsync();
        }
    }

    public async Task OnTaskRemoved(string taskId)
    {
        if (snapshots.Forget(taskId, state.State.TaskIds))
        {
            await state.WriteStateAsync();
        }
    }
}
