namespace Responsibility.Grains.Domain;

using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// Adds up a task's accepted entries (SPEC §4), optionally as they stood at the end of a day. One pass, no sort: a
/// task's write measures it, so the cost of a write must not grow faster than its history. The latest entry is the
/// one latest by date, then by recording time, then by position in the log.
/// </summary>
public static class Measurement
{
    public static Measure Measure(Metric metric, IEnumerable<ProgressEntry> entries, DateOnly? asOf = null)
    {
        ProgressEntry? last = null;
        var accepted = 0;
        var sum = 0.0;
        SortedSet<int>? stages = null;
        foreach (var e in entries)
        {
            if (e.Returned || (asOf is not null && e.OccurredOn > asOf))
            {
                continue;
            }

            accepted++;
            sum += Limits.Finite(e.Value ?? 0);
            if (last is null || (e.OccurredOn, e.RecordedAt).CompareTo((last.OccurredOn, last.RecordedAt)) >= 0)
            {
                last = e;
            }

            if (metric.Kind == MetricKind.Milestone && e.Stage is int s && s >= 0 && s < metric.Stages.Length)
            {
                (stages ??= []).Add(s);
            }
        }

        if (last is null)
        {
            return Abstractions.Tasks.Measure.Empty;
        }

        var (actual, ratio) = metric.Kind switch
        {
            MetricKind.Count => (sum, sum / metric.Target),
            MetricKind.Rate => Rate(metric, last.Value ?? 0),
            MetricKind.Milestone => Milestone(metric, stages ?? []),
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric.Kind, "unknown metric kind"),
        };
        // Entries stored before values were bounded may hold anything: every figure leaves here finite.
        (actual, ratio) = (Limits.Finite(actual), Limits.Finite(ratio));
        var percent = Math.Clamp(ratio, 0, 1);
        return new Measure(actual, percent, ratio, true, accepted, last.OccurredOn, last.Note);
    }

    private static (double Actual, double Ratio) Rate(Metric metric, double actual)
    {
        if (metric.Direction == RateDirection.HigherIsBetter)
        {
            return (actual, actual / metric.Target);
        }

        return (actual, actual <= metric.Target ? 1 : metric.Target / actual);
    }

    private static (double Actual, double Ratio) Milestone(Metric metric, SortedSet<int> done)
    {
        var share = done.Sum(s => metric.Stages[s].Weight);
        return (done.Count, share >= 1 - Progress.Epsilon ? 1 : share);
    }
}
