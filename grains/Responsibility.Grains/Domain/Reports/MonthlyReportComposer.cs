namespace Responsibility.Grains.Domain.Reports;

using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// Replays a brigade's entries to the end of a month — or to today while the month runs — and composes the
/// 月度调度报告 snapshot.
/// </summary>
public static class MonthlyReportComposer
{
    /// <summary>A report to store: version <paramref name="version"/> of a month.</summary>
    public static MonthlyReport Compose(
        ReportContext context, int year, int month, int version, DateTimeOffset generatedAt, string generatedBy) =>
        Compose(context, year, month, version, generatedAt, generatedBy, preview: false);

    /// <summary>The month as it stands at <paramref name="generatedAt"/>, never stored (version 0).</summary>
    public static MonthlyReport Preview(
        ReportContext context, int year, int month, DateTimeOffset generatedAt, string generatedBy) =>
        Compose(context, year, month, 0, generatedAt, generatedBy, preview: true);

    public static DateOnly EndOf(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    /// <summary>截至: the month's last day, or the day of composing while the month has not ended.</summary>
    public static DateOnly AsOf(int year, int month, DateOnly today)
    {
        var end = EndOf(year, month);
        return today < end ? today : end;
    }

    private static MonthlyReport Compose(
        ReportContext context, int year, int month, int version, DateTimeOffset generatedAt, string generatedBy, bool preview)
    {
        var asOf = AsOf(year, month, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(generatedAt, context.Zone).DateTime));
        var previousEnd = new DateOnly(year, month, 1).AddDays(-1);
        var nextMonth = new DateOnly(year, month, 1).AddMonths(1);
        var now = context.Judge(year, asOf);
        var before = context.Judge(year, previousEnd);
        var previousStatus = before.ToDictionary(t => t.Definition.Id, t => t.Progress.Status);
        var overall = Rollups.Summarize(now);
        var overview = new ReportOverview(
            now.Count, overall.Counts, overall.Percent, overall.Expected, Rollups.Summarize(before).Percent,
            Changed(context, now, previousStatus, ProgressStatus.Done), Changed(context, now, previousStatus, ProgressStatus.Red));
        var answerEvidence = SupervisionLines.AnswerEvidence(context, year, month, asOf);
        var units = context.Brigade.Units
            .Select(u => UnitLine(context, u.Id, now, before, year, month) with { AnswerEvidenceThisMonth = answerEvidence.GetValueOrDefault(u.Id) })
            .ToArray();
        var categories = now.GroupBy(t => t.Definition.Category, StringComparer.Ordinal)
            .Select(g => new CategoryRollup(g.Key, Rollups.Summarize(g))).ToArray();
        var dueNext = context.Tasks
            .Where(t => t.Definition.Due.Year == nextMonth.Year && t.Definition.Due.Month == nextMonth.Month)
            .Select(t => context.Judge(t, asOf))
            .Where(t => t.Progress.Status != ProgressStatus.Done)
            .OrderBy(t => t.Definition.Due).ThenBy(t => t.Definition.Code, StringComparer.Ordinal)
            .Select(context.Line).ToArray();
        var nextMonthEnd = EndOf(nextMonth.Year, nextMonth.Month);
        var catchUp = now
            .Where(t => t.Progress.Status == ProgressStatus.Red)
            .OrderByDescending(t => t.Progress.Lag).ThenBy(t => t.Definition.Code, StringComparer.Ordinal)
            .Select(t => CatchUp.Line(context, t, asOf, nextMonthEnd))
            .OfType<CatchUpLine>()
            .ToArray();
        var (instructions, previousMeeting) = SupervisionLines.Compose(context, year, month, generatedAt);
        var oversight = context.Oversight is { } o ? OversightLines.Monthly(context, o, year, month, asOf) : default;
        return new MonthlyReport(
            context.Header, year, month, version, asOf, generatedAt, generatedBy, overview, units,
            context.Brigade.Leaders.Select(l => context.LeaderLine(l, now) with { Duties = context.Duties?.Of(l.Id, new DateOnly(year, month, 1), asOf) })
                .ToArray(),
            categories,
            context.IndicatorLines(now, before),
            overall.Lagging.Select(l => context.Line(now.First(t => t.Definition.Id == l.TaskId))).ToArray(),
            Returned(context, year, month), units.Where(u => u.TaskCount > 0 && u.EntriesThisMonth == 0).Select(u => u.Name).ToArray(),
            dueNext, context.PersonName(generatedBy), preview, catchUp, instructions, previousMeeting,
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(generatedAt, context.Zone).DateTime),
            oversight.Rectifications, oversight.Extensions);
    }

    private static ReportTask[] Changed(
        ReportContext context, List<JudgedTask> now, Dictionary<string, ProgressStatus> before, ProgressStatus status) => now
        .Where(t => t.Progress.Status == status && before.GetValueOrDefault(t.Definition.Id) != status)
        .Select(context.Line)
        .ToArray();

    private static UnitLine UnitLine(
        ReportContext context, string unitId, List<JudgedTask> now, List<JudgedTask> before, int year, int month)
    {
        var rollup = Rollups.Summarize(now.Where(t => t.Definition.UnitId == unitId));
        var entries = context.Tasks
            .Where(t => t.Definition.Year == year && t.Definition.UnitId == unitId)
            .SelectMany(t => t.Entries)
            .Where(e => !e.Returned && e.OccurredOn.Year == year && e.OccurredOn.Month == month)
            .ToList();
        var unit = Array.Find(context.Brigade.Units, u => u.Id == unitId)!;
        return new UnitLine(
            unitId, unit.Name, unit.Head, rollup.TaskCount, rollup.Counts, rollup.Percent, rollup.Expected,
            Rollups.Summarize(before.Where(t => t.Definition.UnitId == unitId)).Percent, entries.Count,
            entries.Sum(e => e.Attachments?.Length ?? 0));
    }

    private static ReturnedLine[] Returned(ReportContext context, int year, int month) => context.Tasks
        .SelectMany(t => t.Entries.Where(e => e.Return is not null).Select(e => (Task: t.Definition, Entry: e)))
        .Select(x => (x.Task, x.Entry, On: DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(x.Entry.Return!.ReturnedAt, context.Zone).DateTime)))
        .Where(x => x.On.Year == year && x.On.Month == month)
        .OrderBy(x => x.Entry.Return!.ReturnedAt)
        .Select(x => new ReturnedLine(
            x.Task.Id, x.Task.Code, x.Task.Title, context.UnitName(x.Task.UnitId), x.Entry.Value, x.Entry.Stage,
            x.Entry.OccurredOn, x.Entry.ReportedBy, x.Entry.Return!.Reason, x.Entry.Return.ReturnedBy, x.On,
            context.PersonName(x.Entry.ReportedBy), context.PersonName(x.Entry.Return.ReturnedBy)))
        .ToArray();
}
