namespace Responsibility.Api.Duties;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Duties;

/// <summary>The grain of a leader or a unit.</summary>
internal static class DutyHolderRoute
{
    public static IDutyHolderGrain Grain(this IGrainFactory grains, DutyHolder holder) => holder.Kind == DutyHolderKind.Leader
        ? grains.GetGrain<ILeaderGrain>(holder.Key)
        : grains.GetGrain<IUnitGrain>(holder.Key);
}
