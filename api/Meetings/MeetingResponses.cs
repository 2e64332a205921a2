namespace Responsibility.Api.Meetings;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>Names a meeting's people and units, and reads where each decision's instructions stand.</summary>
public sealed class MeetingResponses(IGrainFactory grains)
{
    public async Task<MeetingResponse[]> From(string brigadeId, IReadOnlyCollection<MeetingRecord> meetings)
    {
        if (meetings.Count == 0)
        {
            return [];
        }

        var info = await grains.GetGrain<IBrigadeGrain>(brigadeId).GetInfo();
        var supervision = grains.GetGrain<ISupervisionGrain>(brigadeId);
        var statuses = meetings.Count == 1
            ? await supervision.ListInstructions(new InstructionFilter(MeetingId: meetings.First().Definition.Id))
            : await supervision.ListInstructions(new InstructionFilter());
        var status = statuses.ToDictionary(v => v.Record.Definition.Id, v => v.Status, StringComparer.Ordinal);
        var names = await grains.GetGrain<IAccountDirectoryGrain>(brigadeId).DisplayNames([.. meetings.Select(m => m.RecordedBy).Distinct()]);
        string Unit(string id) => Array.Find(info.Units, u => u.Id == id)?.Name ?? id;
        return [.. meetings.Select(m =>
        {
            var d = m.Definition;
            return new MeetingResponse(
                d.Id, d.BrigadeId, d.Date, d.Title, d.Chair, d.Attendees, d.Topics, d.ReportMonth, d.ReportVersion, m.RecordedBy,
                names.GetValueOrDefault(m.RecordedBy, m.RecordedBy), m.RecordedAt,
                [.. m.Decisions.Select(x => new DecisionResponse(
                    x.Number, x.Text, x.LeaderId, Array.Find(info.Leaders, l => l.Id == x.LeaderId)?.Name ?? x.LeaderId, x.DueDate,
                    [.. x.UnitIds.Zip(x.InstructionIds).Select(u => new DecisionUnitResponse(
                        u.First, Unit(u.First), u.Second, status.GetValueOrDefault(u.Second, InstructionStatus.Open)))]))],
                d.Kind, m.Ratings is not null);
        })];
    }
}
