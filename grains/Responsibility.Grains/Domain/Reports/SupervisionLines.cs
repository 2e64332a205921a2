namespace Responsibility.Grains.Domain.Reports;

using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// 六、领导批示落实情况 of month M, each instruction where it stands when the report is composed (the report's date): those
/// issued in M and those from before still in play in M (not closed when it began, or acted on during it), beside the
/// decisions of the latest meeting held by M's end (上次例会): the meeting that hears M's report, early in M+1, hears where
/// the last meeting's decisions stand. Instructions and meetings count by the dates they carry, so one recorded a few
/// days late is in its month's report once that is regenerated.
/// </summary>
public static class SupervisionLines
{
    public static (InstructionLine[] Instructions, MeetingLine? PreviousMeeting) Compose(
        ReportContext context, int year, int month, DateTimeOffset composedAt)
    {
        var reportDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(composedAt, context.Zone).DateTime);
        var (first, last) = (new DateOnly(year, month, 1), MonthlyReportComposer.EndOf(year, month));
        var (monthStart, monthEnd) = (ReportCalendar.StartsAt(year, month, context.Zone), ReportCalendar.EndsAt(year, month, context.Zone));
        var meetings = context.Meetings.Select(m => m.AsOf(composedAt)).OfType<MeetingRecord>().ToList();
        var meetingDates = meetings.ToDictionary(m => m.Definition.Id, m => m.Definition.Date, StringComparer.Ordinal);
        var previous = meetings
            .Where(m => m.Definition.Date <= last)
            .OrderByDescending(m => m.Definition.Date).ThenByDescending(m => m.RecordedAt)
            .FirstOrDefault();
        var decided = previous?.Decisions.SelectMany(d => d.InstructionIds).ToHashSet(StringComparer.Ordinal) ?? [];
        var lines = context.Instructions
            .Where(r => r.Definition.IssuedOn <= last && !decided.Contains(r.Definition.Id))
            .Where(r => r.Definition.IssuedOn >= first
                || r.AsOf(monthStart)?.IsClosed() != true
                || Array.Exists(r.Steps, s => s.At >= monthStart && s.At < monthEnd))
            .Select(r => r.AsOf(composedAt))
            .OfType<InstructionRecord>()
            .Select(r => Line(context, r, reportDay, meetingDates))
            .OrderBy(l => Rank(l.Status)).ThenBy(l => l.IssuedOn).ThenBy(l => l.UnitName, StringComparer.Ordinal)
            .ToArray();
        return (lines, previous is null ? null : Meeting(context, previous, composedAt, reportDay, meetingDates));
    }

    private static MeetingLine Meeting(
        ReportContext context, MeetingRecord meeting, DateTimeOffset cut, DateOnly asOf, Dictionary<string, DateOnly> meetingDates)
    {
        // Each decision's instructions as they stand, closed ones too: a decision done early is still reported done.
        var all = context.Instructions.ToDictionary(r => r.Definition.Id, StringComparer.Ordinal);
        return new MeetingLine(
            meeting.Definition.Id, meeting.Definition.Date, meeting.Definition.Title,
            [.. meeting.Decisions.Select(d => new DecisionLine(
                d.Number, d.Text, context.LeaderName(d.LeaderId), d.DueDate,
                [.. d.InstructionIds.Select(id => all.GetValueOrDefault(id)?.AsOf(cut)).OfType<InstructionRecord>()
                    .Select(r => Line(context, r, asOf, meetingDates))]))]);
    }

    private static InstructionLine Line(ReportContext context, InstructionRecord r, DateOnly asOf, Dictionary<string, DateOnly> meetingDates)
    {
        var d = r.Definition;
        var task = d.TaskId is null ? null : context.Tasks.FirstOrDefault(t => t.Definition.Id == d.TaskId)?.Definition;
        return new InstructionLine(
            d.Id, d.IsFromDetachment ? Abstractions.Text.SupervisionText.FromDetachment : context.UnitName(d.UnitId), task?.Code, task?.Title, d.Text, context.PersonName(d.Author),
            d.LeaderId is null ? null : context.LeaderName(d.LeaderId), d.IssuedOn, r.Due(), r.Status(asOf), r.Answer()?.Text,
            d.MeetingId is null ? null : meetingDates.GetValueOrDefault(d.MeetingId), d.DecisionNumber,
            r.Answer()?.Attachments?.Length ?? 0, OriginalDue: r.ExtensionCount > 0 ? d.DueDate : null, ExtensionCount: r.ExtensionCount,
            LateAgainstOriginal: r.LateAgainstOriginal(asOf, context.Zone));
    }

    /// <summary>
    /// 佐证材料 of the instructions' answers, by unit: the files of the answers given in the month that still stood at its
    /// end (an answer sent back by reopening stops counting, as a returned entry does).
    /// </summary>
    public static Dictionary<string, int> AnswerEvidence(ReportContext context, int year, int month, DateOnly asOf)
    {
        var (from, cut) = (ReportCalendar.StartsAt(year, month, context.Zone), ReportCalendar.EndOfDay(asOf, context.Zone));
        return context.Instructions
            .Select(r => r.AsOf(cut))
            .OfType<InstructionRecord>()
            .Select(r => (r.Definition.UnitId, Files: Standing(r).Where(s => s.At >= from).Sum(s => s.Attachments?.Length ?? 0)))
            .Where(x => x.Files > 0)
            .GroupBy(x => x.UnitId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(x => x.Files), StringComparer.Ordinal);
    }

    /// <summary>The answers not followed by a reopening.</summary>
    private static IEnumerable<InstructionStep> Standing(InstructionRecord r)
    {
        var reopened = Array.FindLastIndex(r.Steps, s => s.Kind == InstructionStepKind.Reopened);
        return r.Steps.Skip(reopened + 1).Where(s => s.Kind == InstructionStepKind.Answered);
    }

    /// <summary>What a meeting must hear first: overdue, then waiting for an answer, then answered, then done.</summary>
    private static int Rank(InstructionStatus status) => status switch
    {
        InstructionStatus.Overdue => 0,
        InstructionStatus.Open => 1,
        InstructionStatus.Answered => 2,
        _ => 3,
    };
}
