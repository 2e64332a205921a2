namespace Responsibility.Grains.Abstractions.Duties;

/// <summary>
/// Who holds a duty item: every leader (共性, the "1" of 1+X), named leaders, named units (个性, the "X"). An item may
/// name both leaders and units.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.DutyAssignees")]
public sealed record DutyAssignees(bool AllLeaders, string[] LeaderIds, string[] UnitIds)
{
    /// <summary>Whether the leader or unit (of the item's brigade) holds the item.</summary>
    public bool Includes(DutyHolder holder) => holder.Kind switch
    {
        DutyHolderKind.Leader => AllLeaders || LeaderIds.Contains(holder.Id),
        _ => UnitIds.Contains(holder.Id),
    };
}
