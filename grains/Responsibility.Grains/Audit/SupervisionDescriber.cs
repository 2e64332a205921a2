namespace Responsibility.Grains.Audit;

using System.Globalization;
using Responsibility.Grains.Abstractions.Audit;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Inbox;
using Responsibility.Grains.Ballots;
using Responsibility.Grains.Supervision;
using Responsibility.Storage.Events;

/// <summary>
/// Says what an instruction's, a meeting's or a deadline's event did, in the words of the pages. An instruction is named
/// by its task, or its unit, and the start of its text.
/// </summary>
public sealed class SupervisionDescriber(
    BrigadeInfo brigade,
    IReadOnlyDictionary<string, TaskDefinition> tasks,
    IReadOnlyDictionary<string, InstructionRecord> instructions,
    IReadOnlyDictionary<string, MeetingRecord> meetings)
{
    private const int SubjectText = 20;

    public static bool Describes(string streamId) =>
        streamId.StartsWith(InstructionEvent.Stream(""), StringComparison.Ordinal)
        || streamId.StartsWith(MeetingEvent.Stream(""), StringComparison.Ordinal)
        || streamId.StartsWith(DeadlineEvent.Stream(""), StringComparison.Ordinal)
        || streamId.StartsWith(BallotEvent.Stream(""), StringComparison.Ordinal);

    public (string Action, string? TaskId, string Subject, IEnumerable<AuditChange> Changes) Describe(StoredEvent row)
    {
        if (row.StreamId.StartsWith(InstructionEvent.Stream(""), StringComparison.Ordinal))
        {
            return Instruction(InstructionEvent.Codec.Decode(row), row.StreamId[InstructionEvent.Stream("").Length..]);
        }

        if (row.StreamId.StartsWith(BallotEvent.Stream(""), StringComparison.Ordinal))
        {
            // A ballot is told as having been cast, never what it said: its row names no voter and only the meeting's day.
            var meeting = meetings.GetValueOrDefault(row.StreamId[BallotEvent.Stream("").Length..])?.Definition;
            return ("民主测评投票", null, meeting is null ? "民主测评" : $"{Date(meeting.Date)} {meeting.Title}", []);
        }

        return row.StreamId.StartsWith(MeetingEvent.Stream(""), StringComparison.Ordinal)
            ? Meeting(MeetingEvent.Codec.Decode(row), row.StreamId[MeetingEvent.Stream("").Length..])
            : Deadline(DeadlineEvent.Codec.Decode(row));
    }

    private (string, string?, string, IEnumerable<AuditChange>) Instruction(InstructionEvent e, string id)
    {
        var definition = e is InstructionIssued issued ? issued.Definition : instructions.GetValueOrDefault(id)?.Definition;
        var subject = definition is null ? $"批示 {id}" : Subject(definition);
        return e switch
        {
            InstructionIssued { Definition.IsFromDetachment: true } i => ("支队督办", null, subject,
            [
                new("督办内容", null, i.Definition.Text),
                new("承办", null, SupervisionText.BrigadeLeaders),
                new("办理时限", null, i.Definition.DueDate is { } due ? Date(due) : null),
            ]),
            InstructionIssued i => (i.Definition.MeetingId is null ? "下达批示" : "交办例会议定事项", i.Definition.TaskId, subject,
            [
                new("批示内容", null, i.Definition.Text),
                new("承办单位", null, Unit(i.Definition.UnitId)),
                new("督办领导", null, i.Definition.LeaderId is { } l ? Leader(l) : null),
                new("办理时限", null, i.Definition.DueDate is { } due ? Date(due) : null),
            ]),
            InstructionAnswered a => ("答复批示", definition?.TaskId, subject,
            [
                new("办理情况", null, a.Text),
                new("佐证材料", null, a.Attachments is { Length: > 0 } files ? string.Join("、", files.Select(f => f.FileName)) : null),
            ]),
            InstructionClosed => ("批示办结", definition?.TaskId, subject, []),
            InstructionReopened r => ("批示重新办理", definition?.TaskId, subject, [new("原因", null, r.Reason)]),
            InstructionDueMoved m => ("延期调整时限", definition?.TaskId, subject, [new("调整后时限", null, Date(m.Due)), new("延期申请", null, m.ExtensionId)]),
            InstructionEscalated x => ("逾期转分管领导督办", definition?.TaskId, subject, [new("督办领导", null, x.LeaderId is { } l ? Leader(l) : null)]),
            _ => (e.GetType().Name, definition?.TaskId, subject, []),
        };
    }

    private (string, string?, string, IEnumerable<AuditChange>) Meeting(MeetingEvent e, string id)
    {
        var definition = e is MeetingRecorded recorded ? recorded.Definition : meetings.GetValueOrDefault(id)?.Definition;
        var subject = definition is null ? $"会议 {id}" : $"{Date(definition.Date)} {definition.Title}";
        return e switch
        {
            MeetingRecorded { Definition.Kind: MeetingKind.Accountability } m => ("记录述责述廉会议", null, subject,
            [
                new("主持人", null, m.Definition.Chair),
                new("参会人员", null, string.Join("、", m.Definition.Attendees)),
                new("会议议题", null, string.Join("；", m.Definition.Topics)),
            ]),
            RatingClosed c => ("结束民主测评", null, subject,
                c.Ratings.Leaders.Where(l => l.Ballots > 0).Select(l => new AuditChange(
                    l.LeaderName, null, $"有效票 {l.Ballots} 张，综合得分 {l.Overall:0.##}{(l.BelowThreshold ? "（低于提醒线）" : "")}"))),
            MeetingRecorded m => ("记录例会", null, subject,
            [
                new("主持人", null, m.Definition.Chair),
                new("参会人员", null, string.Join("、", m.Definition.Attendees)),
                new("会议议题", null, string.Join("；", m.Definition.Topics)),
                new("听取报告", null, m.Definition.ReportMonth),
            ]),
            DecisionAdded d => ("例会议定事项", null, subject,
            [
                new("议定事项", null, $"{d.Decision.Number}. {d.Decision.Text}"),
                new("责任单位", null, string.Join("、", d.Decision.UnitIds.Select(Unit))),
                new("督办领导", null, Leader(d.Decision.LeaderId)),
                new("完成时限", null, Date(d.Decision.DueDate)),
            ]),
            _ => (e.GetType().Name, null, subject, []),
        };
    }

    private (string, string?, string, IEnumerable<AuditChange>) Deadline(DeadlineEvent e) => e switch
    {
        ReportingUrged u => ("催报", null, Unit(u.UnitId),
        [
            new("填报周期", null, u.Period),
            new("未填报任务", null, string.Join("、", u.TaskIds.Select(t => tasks.GetValueOrDefault(t)?.Code ?? t))),
            new("告知分管领导", null, u.LeaderId is { } l ? Leader(l) : null),
        ]),
        _ => (e.GetType().Name, null, "", []),
    };

    private string Subject(InstructionDefinition d)
    {
        var text = d.Text.Length > SubjectText ? d.Text[..SubjectText] + "……" : d.Text;
        var on = d.IsFromDetachment ? SupervisionText.FromDetachment
            : d.TaskId is { } taskId && tasks.GetValueOrDefault(taskId) is { } task ? $"{task.Code} {task.Title}" : Unit(d.UnitId);
        return $"{on}：{text}";
    }

    private string Unit(string unitId) => Array.Find(brigade.Units, u => u.Id == unitId)?.Name ?? unitId;

    private string Leader(string leaderId) => Array.Find(brigade.Leaders, l => l.Id == leaderId)?.Name ?? leaderId;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
