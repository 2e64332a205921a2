namespace Responsibility.Api.Duties;

using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;

/// <summary>Leaders and units by the names the brigade gives them.</summary>
internal static class DutyNames
{
    public static string Of(BrigadeInfo brigade, DutyHolder holder) => holder.Kind == DutyHolderKind.Leader
        ? Array.Find(brigade.Leaders, l => l.Id == holder.Id)?.Name ?? holder.Id
        : Array.Find(brigade.Units, u => u.Id == holder.Id)?.Name ?? holder.Id;
}
