namespace Responsibility.Grains.Abstractions.Rollups;

/// <summary>Weighted progress over a set of tasks: Σwᵢ·pᵢ / Σwᵢ, the same for expected.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.Rollup")]
public sealed record Rollup(
    double Percent,
    double Expected,
    double Lag,
    int TaskCount,
    StatusCounts Counts,
    LaggingTask[] Lagging);
