namespace Responsibility.Grains.Supervision;

using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Domain.Reports;
using Responsibility.Grains.Domain.Supervision;
using Responsibility.Grains.Journal;
using Responsibility.Storage.Events;

/// <summary>
/// A meeting is its event stream. A decision's instructions are issued before the decision is recorded: a crash in
/// between leaves instructions that name the meeting, never a decision pointing at instructions that do not exist.
/// </summary>
[LogConsistencyProvider(ProviderName = LogProviders.Events)]
public sealed class MeetingGrain(IEventStore events, [FromKeyedServices(DomainClock.Key)] TimeProvider time)
    : LoggedGrain<MeetingState, MeetingEvent>(events, MeetingEvent.Codec), IMeetingGrain
{
    private MeetingRecord Current => State.Record() ?? throw DomainException.NotFound($"会议 {this.GetPrimaryKeyString()} 不存在。");

    protected override string Stream => MeetingEvent.Stream(this.GetPrimaryKeyString());

    public async Task<MeetingRecord> Record(MeetingDraft draft, string actor)
    {
        if (State.Definition is not null)
        {
            throw DomainException.Conflict("该会议已记录。");
        }

        var info = await GrainFactory.GetGrain<IBrigadeGrain>(draft.BrigadeId).GetInfo();
        var zone = BrigadeClock.Zone(info.Settings.TimeZone);
        MeetingRules.CheckDate(draft.Date, BrigadeClock.Today(time, info.Settings.TimeZone));
        MeetingRules.CheckChair(draft.Chair, info);
        var (year, month) = MeetingRules.ReportMonth(draft);
        if (!ReportCalendar.HasEnded(year, month, time.GetUtcNow(), zone))
        {
            throw DomainException.Invalid("reportMonth", $"{year}年{month}月尚未结束，会议只能听取已结束月份的调度报告。");
        }

        var schedule = GrainFactory.GetGrain<IReportScheduleGrain>(draft.BrigadeId);
        var version = (await schedule.List()).FirstOrDefault(r => (r.Year, r.Month) == (year, month))?.Versions
            ?? (await schedule.Generate(year, month, actor)).Version;
        var definition = new MeetingDefinition(
            this.GetPrimaryKeyString(), draft.BrigadeId, draft.Date, draft.Title, draft.Chair, draft.Attendees, draft.Topics,
            ReportCalendar.Key(year, month), version);
        await Raise(new MeetingRecorded(definition) { Actor = actor, At = time.GetUtcNow() });
        return await Notify();
    }

    public async Task<MeetingRecord> AddDecision(DecisionDraft draft, string actor)
    {
        var meeting = Current;
        var info = await GrainFactory.GetGrain<IBrigadeGrain>(meeting.Definition.BrigadeId).GetInfo();
        MeetingRules.CheckDecision(meeting, draft, info);
        var number = meeting.Decisions.Length + 1;
        var ids = draft.UnitIds.Select(_ => RecordIds.New()).ToArray();
        foreach (var (unitId, id) in draft.UnitIds.Zip(ids))
        {
            await GrainFactory.GetGrain<IInstructionGrain>(id).Issue(
                new InstructionDraft(
                    info.Id, unitId, null, draft.Text, draft.DueDate, draft.LeaderId, meeting.Definition.Id, number, meeting.Definition.Date),
                actor);
        }

        var now = time.GetUtcNow();
        var decision = new MeetingDecision(number, draft.Text, draft.UnitIds, draft.LeaderId, draft.DueDate, ids, actor, now);
        await Raise(new DecisionAdded(decision) { Actor = actor, At = now });
        return await Notify();
    }

    public Task<MeetingRecord?> Get() => Task.FromResult(State.Record());

    public async Task<MeetingMinutes> Minutes()
    {
        var meeting = Current;
        var info = await GrainFactory.GetGrain<IBrigadeGrain>(meeting.Definition.BrigadeId).GetInfo();
        return MinutesComposer.Compose(meeting, info);
    }

    protected override string ScopeOf(MeetingState state) => state.Definition!.BrigadeId;

    private async Task<MeetingRecord> Notify()
    {
        var record = Current;
        await GrainFactory.GetGrain<ISupervisionGrain>(record.Definition.BrigadeId).OnMeetingChanged(record);
        return record;
    }
}
