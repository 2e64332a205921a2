namespace Responsibility.Grains.Abstractions.Rollups;

[GenerateSerializer, Immutable, Alias("Responsibility.CategoryRollup")]
public sealed record CategoryRollup(string Category, Rollup Rollup);
