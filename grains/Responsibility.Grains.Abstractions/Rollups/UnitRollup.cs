namespace Responsibility.Grains.Abstractions.Rollups;

[GenerateSerializer, Immutable, Alias("Responsibility.UnitRollup")]
public sealed record UnitRollup(string UnitId, string Name, Rollup Rollup);
