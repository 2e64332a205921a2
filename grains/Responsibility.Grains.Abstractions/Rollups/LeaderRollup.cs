namespace Responsibility.Grains.Abstractions.Rollups;

/// <summary>The 一岗双责 view of one leader: business work and accountability side by side.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.LeaderRollup")]
public sealed record LeaderRollup(
    string LeaderId,
    string Name,
    string Post,
    bool IsFirstResponsible,
    Rollup Business,
    Rollup Accountability);
