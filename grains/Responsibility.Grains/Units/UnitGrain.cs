namespace Responsibility.Grains.Units;

using Microsoft.Extensions.DependencyInjection;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;

public sealed class UnitGrain(
    [PersistentState("unit", StorageNames.Main)] IPersistentState<UnitState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider time) : Grain, IUnitGrain
{
    private TaskSnapshots snapshots = null!;

    private UnitDefinition Unit =>
        state.State.Unit ?? throw DomainException.NotFound($"单位 {this.GetPrimaryKeyString()} 不存在。");

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        snapshots = new TaskSnapshots(GrainFactory);
        await snapshots.Load(state.State.TaskIds);
    }

    public async Task Define(UnitDefinition unit, BrigadeSettings settings)
    {
        state.State.Unit = unit;
        state.State.Settings = settings;
        await state.WriteStateAsync();
    }

    public async Task<UnitRollup> GetRollup(int? year, DateOnly? asOf)
    {
        var definition = Unit;
        var settings = state.State.Settings!;
        var today = BrigadeClock.Today(time, settings.TimeZone);
        var day = asOf ?? today;
        var ofYear = year ?? day.Year;
        var judged = JudgedTask.JudgeAll(await snapshots.For(ofYear, day, today), ofYear, day, settings.Thresholds);
        return new UnitRollup(definition.Id, definition.Name, Rollups.Summarize(judged));
    }

    public Task<string[]> GetTaskIds() => Task.FromResult(state.State.TaskIds.Order(StringComparer.Ordinal).ToArray());

    public async Task OnTaskChanged(TaskSnapshot snapshot)
    {
        var belongs = GrainKeys.Unit(snapshot.Definition.BrigadeId, snapshot.Definition.UnitId) == this.GetPrimaryKeyString();
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
