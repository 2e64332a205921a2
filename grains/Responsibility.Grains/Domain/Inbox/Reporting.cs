namespace Responsibility.Grains.Domain.Inbox;

using Responsibility.Grains.Abstractions.Inbox;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// Which tasks owe a report in a cycle and have none yet. A task owes one when it runs during the cycle and is not done;
/// a milestone is reported when a stage is finished, not by the calendar, so it owes none. An accepted entry dated in
/// the cycle is its report.
/// </summary>
public static class Reporting
{
    public static IEnumerable<JudgedTask> Unreported(IEnumerable<JudgedTask> tasks, ReportingPeriod period, DateOnly today) =>
        tasks.Where(t => Owes(t, period, today) && !(t.Measure.LastOccurredOn >= period.Start))
            .OrderBy(t => t.Definition.Code, StringComparer.Ordinal);

    /// <summary>Whether supervising leaders are told on <paramref name="today"/> (催报): the cycle's grace period is over.</summary>
    public static bool GraceOver(ReportingPeriod period, DateOnly today) => today > period.GraceEnds;

    /// <summary>Each of <paramref name="units"/> with tasks of the cycle still unreported, with those tasks; the others left out.</summary>
    public static IEnumerable<(UnitDefinition Unit, JudgedTask[] Missing)> ByUnit(
        IEnumerable<UnitDefinition> units, IReadOnlyList<JudgedTask> tasks, ReportingPeriod period, DateOnly today) =>
        units.Select(u => (u, Unreported(tasks.Where(t => t.Definition.UnitId == u.Id), period, today).ToArray()))
            .Where(x => x.Item2.Length > 0);

    /// <summary>Whether the task owes a report in the cycle, judged on <paramref name="today"/> (reported or not).</summary>
    public static bool Owes(JudgedTask task, ReportingPeriod period, DateOnly today) =>
        task.Definition.Metric.Kind != MetricKind.Milestone
        && task.Definition.Start <= today
        && task.Definition.Due >= period.Start
        && task.Progress.Status != ProgressStatus.Done;
}
