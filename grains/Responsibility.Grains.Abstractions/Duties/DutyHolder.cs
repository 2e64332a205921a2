namespace Responsibility.Grains.Abstractions.Duties;

public enum DutyHolderKind
{
    Leader = 0,
    Unit = 1,
}

/// <summary>Who holds duties, records what was done and signs a 责任书 as its second party: a leader or a unit of a brigade.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.DutyHolder")]
public sealed record DutyHolder(string BrigadeId, DutyHolderKind Kind, string Id)
{
    public static DutyHolder Leader(string brigadeId, string leaderId) => new(brigadeId, DutyHolderKind.Leader, leaderId);

    public static DutyHolder Unit(string brigadeId, string unitId) => new(brigadeId, DutyHolderKind.Unit, unitId);

    /// <summary>The grain key of the holder's grain (<see cref="ILeaderGrain"/> or <see cref="IUnitGrain"/>).</summary>
    public string Key => Kind == DutyHolderKind.Leader ? GrainKeys.Leader(BrigadeId, Id) : GrainKeys.Unit(BrigadeId, Id);

    /// <summary>The holder as one word, "leader:wang" or "unit:fazhi", e.g. the owner of an attached file.</summary>
    public string Tag => $"{(Kind == DutyHolderKind.Leader ? "leader" : "unit")}:{BrigadeId}/{Id}";

    public static DutyHolder? FromTag(string tag)
    {
        var colon = tag.IndexOf(':');
        var slash = tag.IndexOf('/');
        if (colon < 0 || slash < colon)
        {
            return null;
        }

        var (brigadeId, id) = (tag[(colon + 1)..slash], tag[(slash + 1)..]);
        return tag[..colon] switch
        {
            "leader" => Leader(brigadeId, id),
            "unit" => Unit(brigadeId, id),
            _ => null,
        };
    }
}
