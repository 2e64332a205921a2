namespace Responsibility.Grains.Domain.Reports;

using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// What a lagging task owes: the work it needs by the end of next month to be back on 序时进度 (all of it once it
/// is overdue), in the task's own terms — so many 次 or 期, a level to reach, the stages to finish.
/// </summary>
public static class CatchUp
{
    /// <summary>The task's catch-up as of <paramref name="asOf"/>, or null when nothing is owed.</summary>
    public static CatchUpLine? Line(ReportContext context, JudgedTask task, DateOnly asOf, DateOnly nextMonthEnd)
    {
        var d = task.Definition;
        var overdue = asOf > d.Due;
        var expected = overdue ? 1 : Pacing.Expected(d, nextMonthEnd);
        var (actual, required, owed, stages) = d.Metric.Kind switch
        {
            MetricKind.Count => Count(d.Metric, task.Measure.Actual, expected),
            MetricKind.Rate => Rate(d.Metric, task.Measure),
            _ => Milestone(d.Metric, task.Measure.Percent, expected, DoneStages(context.Record(d.Id), asOf)),
        };
        return owed <= Progress.Epsilon
            ? null
            : new CatchUpLine(
                d.Id, d.Code, d.Title, context.UnitName(d.UnitId), d.Metric.Kind, d.Metric.Direction, d.Metric.UnitLabel,
                actual, required, owed, stages, overdue, task.Measure.HasValue);
    }

    private static (double, double, double, string[]) Count(Metric metric, double actual, double expected)
    {
        var required = metric.Target * expected;
        var gap = required - actual;
        // Whole 次/期 unless the metric counts fractions; a fraction of one still owes one.
        var owed = metric.Fractional ? Math.Ceiling((gap * 10) - Progress.Epsilon) / 10 : Math.Ceiling(gap - Progress.Epsilon);
        return (actual, required, Math.Max(0, owed), []);
    }

    private static (double, double, double, string[]) Rate(Metric metric, Measure measure) =>
        measure.Percent >= 1 - Progress.Epsilon
            ? (measure.Actual, metric.Target, 0, [])
            : (measure.Actual, metric.Target, measure.HasValue ? Math.Abs(metric.Target - measure.Actual) : metric.Target, []);

    private static (double, double, double, string[]) Milestone(
        Metric metric, double percent, double expected, HashSet<int> done)
    {
        var share = percent;
        var stages = new List<string>();
        for (var i = 0; i < metric.Stages.Length && share < expected - Progress.Epsilon; i++)
        {
            if (!done.Contains(i))
            {
                share += metric.Stages[i].Weight;
                stages.Add(metric.Stages[i].Name);
            }
        }

        return (percent, expected, Math.Max(0, expected - percent), [.. stages]);
    }

    /// <summary>The stages marked done by accepted entries up to the day, as <see cref="Measurement"/> counts them.</summary>
    private static HashSet<int> DoneStages(TaskRecord record, DateOnly asOf) => record.Entries
        .Where(e => !e.Returned && e.OccurredOn <= asOf && e.Stage is not null)
        .Select(e => e.Stage!.Value)
        .ToHashSet();
}
