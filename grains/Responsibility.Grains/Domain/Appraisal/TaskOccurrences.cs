namespace Responsibility.Grains.Domain.Appraisal;

using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Inbox;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain.Inbox;

/// <summary>
/// The task rules: reports on time per unit and 填报周期, tasks done and on pace, entries returned. A task counts for its
/// unit, the unit's 分管 leaders and the leader the task names as responsible; a cycle for the unit and its 分管 leaders.
/// </summary>
public static class TaskOccurrences
{
    /// <summary>
    /// ReportedOnTime: each cycle whose due day lies in the period, by the day asked, in which the unit owed reports and
    /// none was missing on the due day, judged as the inbox judges (<see cref="Reporting"/>) with what was recorded by the
    /// end of the due day. A task owed when it owed on the due day, or owed at the cycle's start and was done by the due
    /// day. A later return does not undo the cycle: what stood on the due day decides it (the return is its own rule).
    /// Example: monthly cycle 2024-03, due 03-25; 法制室's one count task got an entry dated 03-10 recorded 03-10 → one
    /// occurrence "fazhi/2024-03" on 03-25; had the entry been recorded 03-26 the cycle would earn nothing.
    /// </summary>
    public static IEnumerable<Occurrence> ReportedOnTime(ScoringView view, AppraisalPeriod period)
    {
        var settings = view.Inputs.Brigade.Settings;
        var cycles = Enumerable.Range(1, 12)
            .Select(m => ReportingPeriods.Containing(settings, new DateOnly(period.Year, m, 1)))
            .DistinctBy(c => c.Key)
            .Where(c => period.Contains(c.Due) && c.Due <= view.AsOf);
        foreach (var cycle in cycles)
        {
            var cut = view.EndOf(cycle.Due);
            foreach (var unit in view.Inputs.Brigade.Units)
            {
                var tasks = view.Tasks.Where(t => t.Definition.UnitId == unit.Id && t.Definition.Year == period.Year)
                    .Select(t => ScoringView.Known(t, cut)).ToList();
                var onDue = tasks.Select(t => view.Judge(t, cycle.Due)).ToList();
                var owed = onDue.Where((t, i) => Reporting.Owes(t, cycle, cycle.Due)
                    || (t.Progress.Status == ProgressStatus.Done && Reporting.Owes(view.Judge(tasks[i], cycle.Start.AddDays(-1)), cycle, cycle.Due)));
                if (owed.Any() && !Reporting.Unreported(onDue, cycle, cycle.Due).Any())
                {
                    var (units, leaders) = view.OfUnit(unit.Id);
                    yield return new(ScoreCauseKind.Cycle, $"{unit.Id}/{cycle.Key}", cycle.Due, $"{cycle.Key} 填报周期", units, leaders);
                }
            }
        }
    }

    /// <summary>
    /// TaskDone: a task of the period's year that was not done the day before the period and is done (100 %; a rate
    /// only from its due date) at the period's end or the day asked, whichever is earlier; the day is the first entry
    /// day (or due day) inside the period on which it is judged done.
    /// Example: count task target 10, entries 6 on 02-10 and 4 on 05-12 → done on 05-12: one occurrence in 2024-Q2.
    /// </summary>
    public static IEnumerable<Occurrence> TaskDone(ScoringView view, AppraisalPeriod period)
    {
        var last = Last(view, period);
        foreach (var task in OfYear(view, period))
        {
            if (view.Judge(task, last).Progress.Status != ProgressStatus.Done
                || view.Judge(task, period.Start.AddDays(-1)).Progress.Status == ProgressStatus.Done)
            {
                continue;
            }

            var on = task.Entries.Where(e => !e.Returned).Select(e => e.OccurredOn).Append(task.Definition.Due)
                .Where(d => d >= period.Start && d <= last).Order()
                .FirstOrDefault(d => view.Judge(task, d).Progress.Status == ProgressStatus.Done, last);
            yield return TaskOccurrence(view, task.Definition, on);
        }
    }

    /// <summary>
    /// TaskOnPace: a task of the period's year judged on pace (Green, or done) at the period's end or the day asked,
    /// whichever is earlier; a task not started yet, Yellow or Red earns nothing. The day is the judging day.
    /// Example: count task target 12 planned evenly, 3 reported by 03-31 → expected 25 %, actual 25 % → Green in 2024-Q1.
    /// </summary>
    public static IEnumerable<Occurrence> TaskOnPace(ScoringView view, AppraisalPeriod period)
    {
        var day = Last(view, period);
        return OfYear(view, period)
            .Where(t => view.Judge(t, day).Progress.Status is ProgressStatus.Green or ProgressStatus.Done)
            .Select(t => TaskOccurrence(view, t.Definition, day));
    }

    /// <summary>
    /// EntryReturned: an entry of the unit's task returned (退回) on a day in the period, known by the day asked.
    /// Example: entry of 04-02 returned on 04-05 → one occurrence in 2024-Q2 on 04-05; as of 04-04 none.
    /// </summary>
    public static IEnumerable<Occurrence> EntryReturned(ScoringView view) =>
        from task in view.Tasks
        from entry in task.Entries
        where entry.Return is not null
        let d = task.Definition
        let day = view.Day(entry.Return!.ReturnedAt)
        let whom = view.OfUnit(d.UnitId, d.LeaderId)
        select new Occurrence(
            ScoreCauseKind.Entry, entry.Id, day, $"{ScoringView.TaskLabel(d)}（{entry.OccurredOn:yyyy-MM-dd}填报）", whom.Units, whom.Leaders, d.Id);

    private static IEnumerable<TaskRecord> OfYear(ScoringView view, AppraisalPeriod period) =>
        view.Tasks.Where(t => t.Definition.Year == period.Year).OrderBy(t => t.Definition.Code, StringComparer.Ordinal);

    private static DateOnly Last(ScoringView view, AppraisalPeriod period) => period.End < view.AsOf ? period.End : view.AsOf;

    private static Occurrence TaskOccurrence(ScoringView view, TaskDefinition task, DateOnly on)
    {
        var (units, leaders) = view.OfUnit(task.UnitId, task.LeaderId);
        return new(ScoreCauseKind.Task, task.Id, on, ScoringView.TaskLabel(task), units, leaders);
    }
}
