namespace Responsibility.Grains.Domain.Reports;

using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Reports;

/// <summary>
/// 督责 in the reports, each record cut at the report's date: the monthly report's 整改 due and overdue and the month's
/// extensions (§五), the annual report's figures of the year (part 一).
/// </summary>
public static class OversightLines
{
    /// <summary>
    /// Month M's 整改 items and extensions as they stood at the end of <paramref name="asOf"/> (M's last day, or the day of a
    /// preview): those due in M by their current date, those overdue on <paramref name="asOf"/>, the counts opened and
    /// closed in M, and the extensions decided in M, in the order they were decided.
    /// </summary>
    public static (RectificationTally Rectifications, ExtensionLine[] Extensions) Monthly(
        ReportContext context, OversightInputs oversight, int year, int month, DateOnly asOf)
    {
        var cut = ReportCalendar.EndOfDay(asOf, context.Zone);
        var items = oversight.Rectifications
            .Select(r => r.AsOf(cut))
            .OfType<Rectification>()
            .OrderBy(r => r.Due).ThenBy(r => r.OpenedAt).ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        bool InMonth(DateOnly day) => day.Year == year && day.Month == month;
        var open = items.Where(r => r.State != RectificationState.Closed).ToList();
        var tally = new RectificationTally(
            [.. items.Where(r => InMonth(r.Due)).Select(r => Line(context, r))],
            [.. open.Where(r => r.IsOverdue(asOf)).Select(r => Line(context, r))],
            items.Count(r => InMonth(Day(r.OpenedAt, context))),
            items.Count(r => r.ClosedAt is { } at && InMonth(Day(at, context))),
            open.Count(r => asOf > r.OriginalDue));
        var extensions = oversight.Extensions
            .Where(e => e.Decision is { } d && d.At < cut && InMonth(Day(d.At, context)))
            .OrderBy(e => e.Decision!.At).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => Line(context, e))
            .ToArray();
        return (tally, extensions);
    }

    /// <summary>
    /// The year's 督责 as it stood at the end of <paramref name="asOf"/>: inspections held in the year and 通报 issued in it
    /// by kind, the 整改 items opened in the year and how many of them were closed, how many still open were past their
    /// original date, and the extensions decided in the year.
    /// </summary>
    public static OversightFigures Annual(ReportContext context, OversightInputs oversight, int year, DateOnly asOf)
    {
        var cut = ReportCalendar.EndOfDay(asOf, context.Zone);
        var inspections = oversight.Inspections.Where(i => i.Date.Year == year && i.Date <= asOf && i.RecordedAt < cut);
        var bulletins = oversight.Bulletins.Where(b => b.IssuedOn is { } on && on.Year == year && b.IssuedAt is { } at && at < cut);
        var items = oversight.Rectifications
            .Where(r => Day(r.OpenedAt, context).Year == year)
            .Select(r => r.AsOf(cut))
            .OfType<Rectification>()
            .ToList();
        var decided = oversight.Extensions
            .Where(e => e.Decision is { } d && d.At < cut && Day(d.At, context).Year == year)
            .ToList();
        return new OversightFigures(
            [.. inspections.GroupBy(i => i.Kind).OrderBy(g => g.Key).Select(g => new InspectionTally(g.Key, g.Count()))],
            [.. bulletins.GroupBy(b => b.Kind).OrderBy(g => g.Key).Select(g => new BulletinTally(g.Key, g.Count()))],
            items.Count,
            items.Count(r => r.State == RectificationState.Closed),
            items.Count(r => r.State != RectificationState.Closed && asOf > r.OriginalDue),
            decided.Count(e => e.Decision!.Granted),
            decided.Count(e => !e.Decision!.Granted));
    }

    private static RectificationLine Line(ReportContext context, Rectification r) => new(
        r.Id, r.UnitId, context.UnitName(r.UnitId), r.LeaderId, context.LeaderName(r.LeaderId), r.Problem, r.Category,
        r.OriginalDue, r.Due, r.ExtensionCount, r.State, r.RepeatOf is not null);

    private static ExtensionLine Line(ReportContext context, ExtensionRequest e)
    {
        var unitId = e.UnitId ?? e.Target.UnitId;
        var d = e.Decision!;
        return new ExtensionLine(
            e.Id, e.Target.Kind, e.Target.Id, e.TargetTitle, unitId, unitId is null ? null : context.UnitName(unitId),
            e.Target.LeaderId, e.Target.LeaderId is { } leaderId ? context.LeaderName(leaderId) : null, e.Deadline.OriginalDue, e.Deadline.Due, e.ProposedDue, d.Granted ? d.GrantedDue : null, d.Granted,
            e.SetByLeader, e.Ordinal, Day(d.At, context));
    }

    private static DateOnly Day(DateTimeOffset at, ReportContext context) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, context.Zone).DateTime);
}
