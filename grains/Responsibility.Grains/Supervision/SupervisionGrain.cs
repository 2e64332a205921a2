namespace Responsibility.Grains.Supervision;

using Microsoft.Extensions.DependencyInjection;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Storage.Events;

/// <summary>
/// The 督办台账 lives in memory: derived from the instructions' and meetings' streams, which it replays when it wakes,
/// and kept current by their grains after every step (an older version than the one held is ignored).
/// </summary>
public sealed class SupervisionGrain(IEventStore events, [FromKeyedServices(DomainClock.Key)] TimeProvider time)
    : Grain, ISupervisionGrain
{
    private readonly Dictionary<string, InstructionRecord> instructions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MeetingRecord> meetings = new(StringComparer.Ordinal);

    private string BrigadeId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var record in await SupervisionLog.Instructions(events, BrigadeId))
        {
            instructions[record.Definition.Id] = record;
        }

        foreach (var record in await SupervisionLog.Meetings(events, BrigadeId))
        {
            meetings[record.Definition.Id] = record;
        }
    }

    public async Task OnInstructionChanged(InstructionRecord record)
    {
        if (!instructions.TryGetValue(record.Definition.Id, out var known) || known.Version <= record.Version)
        {
            instructions[record.Definition.Id] = record;

            // Overdue 督办 are among the figures the brigade's 支队 reads.
            await GrainFactory.GetGrain<IBrigadeGrain>(BrigadeId).OnFiguresChanged();
        }
    }

    public Task OnMeetingChanged(MeetingRecord record)
    {
        if (!meetings.TryGetValue(record.Definition.Id, out var known) || known.Version <= record.Version)
        {
            meetings[record.Definition.Id] = record;
        }

        return Task.CompletedTask;
    }

    public async Task<InstructionView?> FindInstruction(string instructionId)
    {
        if (instructions.GetValueOrDefault(instructionId) is not { } record)
        {
            return null;
        }

        var today = await Today();
        return new InstructionView(record, record.Status(today), today);
    }

    public Task<InstructionRecord[]> GetInstructions(string[] instructionIds) =>
        Task.FromResult(instructionIds.Distinct().Select(instructions.GetValueOrDefault).OfType<InstructionRecord>().ToArray());

    public async Task<InstructionView[]> ListInstructions(InstructionFilter filter)
    {
        var today = await Today();
        return instructions.Values
            .Where(r => Matches(filter, r.Definition))
            .Select(r => new InstructionView(r, r.Status(today), today))
            .Where(v => filter.Status is null || v.Status == filter.Status)
            .OrderByDescending(v => v.Record.IssuedAt).ThenByDescending(v => v.Record.Definition.Id, StringComparer.Ordinal)
            .ToArray();
    }

    public Task<MeetingRecord?> FindMeeting(string meetingId) => Task.FromResult(meetings.GetValueOrDefault(meetingId));

    public Task<MeetingRecord[]> ListMeetings() => Task.FromResult(meetings.Values
        .OrderByDescending(m => m.Definition.Date).ThenByDescending(m => m.RecordedAt)
        .ToArray());

    private async Task<DateOnly> Today() =>
        BrigadeClock.Today(time, (await GrainFactory.GetGrain<IBrigadeGrain>(BrigadeId).GetSettings()).TimeZone);

    private static bool Matches(InstructionFilter filter, InstructionDefinition d) =>
        (filter.UnitId is null || d.UnitId == filter.UnitId)
        && (filter.LeaderId is null || d.LeaderId == filter.LeaderId)
        && (filter.TaskId is null || d.TaskId == filter.TaskId)
        && (filter.MeetingId is null || d.MeetingId == filter.MeetingId);
}
