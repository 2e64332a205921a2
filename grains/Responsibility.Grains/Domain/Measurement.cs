namespace Responsibility.Grains.Domain;

using Responsibility.Grains.Abstractions.Tasks;

/// <summary>Adds up a task's accepted entries (SPEC §4), optionally as they stood at the end of a day.</summary>
public static class Measurement
{
    public static Measure Measure(Metric metric, IEnumerable<ProgressEntry> entries, DateOnly? asOf = null) =>
        Tally.Of(metric, asOf is null ? entries : entries.Where(e => e.OccurredOn <= asOf)).Measure();
}
