namespace Responsibility.Grains.Domain.Supervision;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Domain.Reports;

/// <summary>The 会议纪要 of a meeting: units and leaders named as the brigade names them now, the header as reports carry it.</summary>
public static class MinutesComposer
{
    public static MeetingMinutes Compose(MeetingRecord meeting, BrigadeInfo brigade)
    {
        var context = new ReportContext(brigade, []);
        var m = meeting.Definition;
        return new MeetingMinutes(
            context.Header, m.Id, m.Date, m.Title, m.Chair, m.Attendees, m.Topics, m.ReportMonth,
            [.. meeting.Decisions.Select(d => new MinutesDecision(
                d.Number, d.Text, [.. d.UnitIds.Select(context.UnitName)], context.LeaderName(d.LeaderId), d.DueDate))]);
    }
}
