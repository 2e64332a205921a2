namespace Responsibility.Grains.Oversight;

using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Domain.Oversight;
using Responsibility.Grains.Journal;
using Responsibility.Storage.Events;

/// <summary>
/// An inspection is its event stream. A finding is kept here before its unit opens the 整改 item (the unit's call is
/// idempotent), and on activation every finding its unit does not yet hold is opened again: a crash between the two
/// steps leaves no finding without its item. The brigade's 督责台账 hears of each change before the caller is answered.
/// </summary>
[LogConsistencyProvider(ProviderName = LogProviders.Events)]
public sealed class InspectionGrain(IEventStore events, [FromKeyedServices(DomainClock.Key)] TimeProvider time)
    : LoggedGrain<InspectionState, InspectionEvent>(events, InspectionEvent.Codec), IInspectionGrain
{
    private string Id => this.GetPrimaryKeyString();

    private Inspection Current => State.Inspection(Id) ?? throw DomainException.NotFound($"检查 {Id} 不存在。");

    protected override string Stream => InspectionEvent.Stream(Id);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        foreach (var item in State.Findings)
        {
            var unit = GrainFactory.GetGrain<IUnitGrain>(GrainKeys.Unit(item.BrigadeId, item.UnitId));
            if (await unit.GetRectification(item.Id) is null)
            {
                await unit.OpenRectification(item, item.OpenedBy);
            }
        }
    }

    public async Task<Inspection> Record(InspectionDraft draft, string actor)
    {
        var info = await GrainFactory.GetGrain<IBrigadeGrain>(draft.BrigadeId).GetInfo();
        var checkedDraft = InspectionRules.Check(draft, info, BrigadeClock.Today(time, info.Settings.TimeZone));
        if (State.Draft is { } recorded)
        {
            return Same(recorded, checkedDraft) ? Current : throw DomainException.Conflict("该检查已存在。");
        }

        await Raise(new InspectionRecorded(checkedDraft) { Actor = actor, At = time.GetUtcNow() });
        return await Notify();
    }

    public async Task<Rectification> AddFinding(FindingDraft draft, string actor)
    {
        var inspection = Current;
        var info = await GrainFactory.GetGrain<IBrigadeGrain>(inspection.BrigadeId).GetInfo();
        var finding = InspectionRules.CheckFinding(draft, inspection, info);
        var now = time.GetUtcNow();
        var item = new Rectification(
            RectificationIds.Of(Id, State.Findings.Count + 1), inspection.BrigadeId, Id, finding.Problem, finding.Category,
            finding.UnitId, finding.Person, finding.Severity, finding.Basis, finding.LeaderId, finding.Measures, finding.DueDate,
            RepeatOf: null, actor, now, []);
        await Raise(new FindingAdded(item) { Actor = actor, At = now });
        var opened = await GrainFactory.GetGrain<IUnitGrain>(GrainKeys.Unit(item.BrigadeId, item.UnitId)).OpenRectification(item, actor);
        await Notify();
        return opened;
    }

    public Task<Inspection?> Get() => Task.FromResult(State.Inspection(Id));

    protected override string ScopeOf(InspectionState state) => state.Draft!.BrigadeId;

    private static bool Same(InspectionDraft a, InspectionDraft b) =>
        a.BrigadeId == b.BrigadeId && a.Kind == b.Kind && a.Date == b.Date && a.Title == b.Title && a.Summary == b.Summary
        && a.InspectorIds.SequenceEqual(b.InspectorIds) && a.UnitIds.SequenceEqual(b.UnitIds);

    private async Task<Inspection> Notify()
    {
        var inspection = Current;
        await GrainFactory.GetGrain<IOversightGrain>(inspection.BrigadeId).OnInspectionChanged(inspection);
        return inspection;
    }
}
