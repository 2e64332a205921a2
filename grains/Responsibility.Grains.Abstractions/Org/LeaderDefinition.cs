namespace Responsibility.Grains.Abstractions.Org;

/// <summary>A 班子成员 and what they supervise (分管): units and named areas of work.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.LeaderDefinition")]
public sealed record LeaderDefinition(
    string Id,
    string Name,
    string Post,
    bool IsFirstResponsible,
    string[] UnitIds,
    string[] Areas);
