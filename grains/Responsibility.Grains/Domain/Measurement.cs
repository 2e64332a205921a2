namespace Responsibility.Grains.Domain;

using Responsibility.Grains.Abstractions.Tasks;

/// <summary>Adds up a task's accepted entries (SPEC §4), optionally as they stood at the end of a day.</summary>
public static class Measurement
{
    public static Measure Measure(Metric metric, IEnumerable<ProgressEntry> entries, DateOnly? asOf = null)
    {
        var accepted = entries
            .Where(e => !e.Returned && (asOf is null || e.OccurredOn <= asOf))
            .OrderBy(e => e.OccurredOn)
            .ThenBy(e => e.RecordedAt)
            .ToList();
        if (accepted.Count == 0)
        {
            return Abstractions.Tasks.Measure.Empty;
        }

        var last = accepted[^1];
        var (actual, ratio) = metric.Kind switch
        {
            MetricKind.Count => Count(metric, accepted),
            MetricKind.Rate => Rate(metric, last.Value ?? 0),
            MetricKind.Milestone => Milestone(metric, accepted),
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric.Kind, "unknown metric kind"),
        };
        // Entries stored before values were bounded may hold anything: every figure leaves here finite.
        (actual, ratio) = (Limits.Finite(actual), Limits.Finite(ratio));
        var percent = Math.Clamp(ratio, 0, 1);
        return new Measure(actual, percent, ratio, true, accepted.Count, last.OccurredOn, last.Note);
    }

    private static (double Actual, double Ratio) Count(Metric metric, List<ProgressEntry> accepted)
    {
        var actual = accepted.Sum(e => Limits.Finite(e.Value ?? 0));
        return (actual, actual / metric.Target);
    }

    private static (double Actual, double Ratio) Rate(Metric metric, double actual)
    {
        if (metric.Direction == RateDirection.HigherIsBetter)
        {
            return (actual, actual / metric.Target);
        }

        return (actual, actual <= metric.Target ? 1 : metric.Target / actual);
    }

    private static (double Actual, double Ratio) Milestone(Metric metric, List<ProgressEntry> accepted)
    {
        var done = accepted
            .Where(e => e.Stage is int s && s >= 0 && s < metric.Stages.Length)
            .Select(e => e.Stage!.Value)
            .Distinct()
            .ToList();
        var share = done.Sum(s => metric.Stages[s].Weight);
        return (done.Count, share >= 1 - Progress.Epsilon ? 1 : share);
    }
}
