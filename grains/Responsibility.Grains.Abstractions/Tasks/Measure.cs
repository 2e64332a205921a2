namespace Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// The time-independent part of a task's progress: what the accepted entries add up to.
/// <see cref="Ratio"/> is uncapped (405/400 = 1.0125); <see cref="Percent"/> is capped at 1.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.Measure")]
public sealed record Measure(
    double Actual,
    double Percent,
    double Ratio,
    bool HasValue,
    int AcceptedEntries,
    DateOnly? LastOccurredOn,
    string? LatestNote)
{
    public static readonly Measure Empty = new(0, 0, 0, false, 0, null, null);
}
