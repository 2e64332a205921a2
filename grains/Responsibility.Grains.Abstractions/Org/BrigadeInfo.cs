namespace Responsibility.Grains.Abstractions.Org;

[GenerateSerializer, Immutable, Alias("Responsibility.BrigadeInfo")]
public sealed record BrigadeInfo(
    string Id,
    BrigadeSettings Settings,
    UnitDefinition[] Units,
    LeaderDefinition[] Leaders,
    int[] Years,
    DateOnly CreatedOn,
    string? DetachmentId = null);
