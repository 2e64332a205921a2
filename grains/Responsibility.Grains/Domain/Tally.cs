namespace Responsibility.Grains.Domain;

using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// The running sums a task's measure is made of, fed its entries one at a time in log order. A task keeps one and adds
/// each new entry to it, so a write measures the task in O(1) whatever its history; <see cref="Measurement"/> folds
/// one over a list. The latest entry is the one latest by date, then by recording time, then by position in the log.
/// </summary>
public sealed class Tally(Metric metric)
{
    private ProgressEntry? last;
    private int accepted;
    private double sum;
    private SortedSet<int>? stages;
    private Measure? result;

    public Metric Metric => metric;

    /// <summary>The latest day any accepted entry occurred on: a measure as of that day or later is this one.</summary>
    public DateOnly? LastOccurredOn => last?.OccurredOn;

    public static Tally Of(Metric metric, IEnumerable<ProgressEntry> entries)
    {
        var tally = new Tally(metric);
        foreach (var e in entries)
        {
            tally.Add(e);
        }

        return tally;
    }

    /// <summary>Adds an entry; a returned one does not count.</summary>
    public void Add(ProgressEntry e)
    {
        if (e.Returned)
        {
            return;
        }

        result = null;
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

    public Tally Copy() => new(metric) { last = last, accepted = accepted, sum = sum, stages = stages is null ? null : new(stages), result = result };

    public Measure Measure() => result ??= Compute();

    private Measure Compute()
    {
        if (last is null)
        {
            return Abstractions.Tasks.Measure.Empty;
        }

        var (actual, ratio) = metric.Kind switch
        {
            MetricKind.Count => (sum, sum / metric.Target),
            MetricKind.Rate => Rate(last.Value ?? 0),
            MetricKind.Milestone => Milestone(),
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric.Kind, "unknown metric kind"),
        };
        // Entries stored before values were bounded may hold anything: every figure leaves here finite.
        (actual, ratio) = (Limits.Finite(actual), Limits.Finite(ratio));
        return new Measure(actual, Math.Clamp(ratio, 0, 1), ratio, true, accepted, last.OccurredOn, last.Note);
    }

    private (double Actual, double Ratio) Rate(double actual)
    {
        if (metric.Direction == RateDirection.HigherIsBetter)
        {
            return (actual, actual / metric.Target);
        }

        return (actual, actual <= metric.Target ? 1 : metric.Target / actual);
    }

    private (double Actual, double Ratio) Milestone()
    {
        var share = (stages ?? []).Sum(s => metric.Stages[s].Weight);
        return (stages?.Count ?? 0, share >= 1 - Progress.Epsilon ? 1 : share);
    }
}
