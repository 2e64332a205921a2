namespace Responsibility.Grains.Duties;

using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Journal;
using Responsibility.Storage.Events;

/// <summary>
/// A 班子成员: their duties and records (<see cref="DutyHolderGrain"/>); their records also list, linked and never
/// retyped, what the system already knows they did — 批示 issued, meetings chaired, entries returned (AutomaticRecords).
/// </summary>
[LogConsistencyProvider(ProviderName = LogProviders.Events)]
public sealed partial class LeaderGrain(IEventStore events, [FromKeyedServices(DomainClock.Key)] TimeProvider time)
    : DutyHolderGrain(events, time), ILeaderGrain
{
    public override async Task<DutyRecord[]> GetRecords(int year)
    {
        var brigade = await KnownBrigade();
        var automatic = await AutomaticRecords.Of(GrainFactory, Events, brigade, Holder, year);
        return [.. Own(year).Concat(automatic).OrderByDescending(r => r.OccurredOn).ThenByDescending(r => r.RecordedAt)];
    }

    protected override DutyHolderKind Kind => DutyHolderKind.Leader;
}
