namespace Responsibility.Grains.Supervision;

using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Ballots;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Domain.Ballots;
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
        var (month, version) = draft.Kind == MeetingKind.Accountability ? ((string?)null, (int?)null) : await HeardReport(draft, zone, actor);
        var definition = new MeetingDefinition(
            this.GetPrimaryKeyString(), draft.BrigadeId, draft.Date, draft.Title, draft.Chair, draft.Attendees, draft.Topics,
            month, version, draft.Kind);
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

    public async Task CastBallot(Voter voter, Ballot ballot)
    {
        var (meeting, info) = await Rating();
        if (meeting.Ratings is not null)
        {
            throw DomainException.Conflict("本次民主测评已结束。");
        }

        var attendee = BallotRules.AttendeeName(voter, meeting.Definition, info)
            ?? throw new DomainException(ErrorKind.Forbidden, "只有参会人员可以参加民主测评。");
        BallotRules.Check(ballot, voter, info);

        // Marked first: a crash before the ballot is stored loses it, and never lets the attendee count twice.
        await GrainFactory.GetGrain<IBallotRollGrain>(meeting.Definition.Id).Mark(attendee, ballot.LeaderId);
        await GrainFactory.GetGrain<IBallotBoxGrain>(meeting.Definition.Id).Cast(info.Id, meeting.Definition.Date, ballot);
    }

    public async Task<string[]> RatedBy(Voter voter)
    {
        var (meeting, info) = await Rating();
        return BallotRules.AttendeeName(voter, meeting.Definition, info) is { } attendee
            ? await GrainFactory.GetGrain<IBallotRollGrain>(meeting.Definition.Id).RatedBy(attendee)
            : [];
    }

    public async Task<bool> IsAttendee(Voter voter)
    {
        var meeting = Current;
        var info = await GrainFactory.GetGrain<IBrigadeGrain>(meeting.Definition.BrigadeId).GetInfo();
        return BallotRules.AttendeeName(voter, meeting.Definition, info) is not null;
    }

    public async Task<MeetingRatings> Ratings()
    {
        var (meeting, info) = await Rating();
        return meeting.Ratings ?? await Tally(meeting, info, false, null, null);
    }

    public async Task<MeetingRecord> CloseRating(string actor)
    {
        var (meeting, info) = await Rating();
        if (meeting.Ratings is not null)
        {
            throw DomainException.Conflict("本次民主测评已结束。");
        }

        var now = time.GetUtcNow();
        await Raise(new RatingClosed(await Tally(meeting, info, true, now, actor)) { Actor = actor, At = now });
        return await Notify();
    }

    public async Task<MeetingMinutes> Minutes()
    {
        var meeting = Current;
        var info = await GrainFactory.GetGrain<IBrigadeGrain>(meeting.Definition.BrigadeId).GetInfo();
        return MinutesComposer.Compose(meeting, info);
    }

    /// <summary>The report a monthly meeting hears: the month's latest version, generated now if the month has none.</summary>
    private async Task<(string? Month, int? Version)> HeardReport(MeetingDraft draft, TimeZoneInfo zone, string actor)
    {
        var (year, month) = MeetingRules.ReportMonth(draft);
        if (!ReportCalendar.HasEnded(year, month, time.GetUtcNow(), zone))
        {
            throw DomainException.Invalid("reportMonth", $"{year}年{month}月尚未结束，会议只能听取已结束月份的调度报告。");
        }

        var schedule = GrainFactory.GetGrain<IReportScheduleGrain>(draft.BrigadeId);
        var version = (await schedule.List()).FirstOrDefault(r => (r.Year, r.Month) == (year, month))?.Versions
            ?? (await schedule.Generate(year, month, actor)).Version;
        return (ReportCalendar.Key(year, month), version);
    }

    private async Task<(MeetingRecord Meeting, Abstractions.Org.BrigadeInfo Info)> Rating()
    {
        var meeting = Current;
        if (meeting.Definition.Kind != MeetingKind.Accountability)
        {
            throw DomainException.Conflict("只有述责述廉会议进行民主测评。");
        }

        return (meeting, await GrainFactory.GetGrain<IBrigadeGrain>(meeting.Definition.BrigadeId).GetInfo());
    }

    private async Task<MeetingRatings> Tally(MeetingRecord meeting, Abstractions.Org.BrigadeInfo info, bool closed, DateTimeOffset? at, string? by)
    {
        var ballots = await GrainFactory.GetGrain<IBallotBoxGrain>(meeting.Definition.Id).Ballots();
        var threshold = info.Settings.RatingLimit;
        return new MeetingRatings(meeting.Definition.Id, meeting.Definition.Date, closed, at, by, threshold, BallotRules.Tally(ballots, info, threshold));
    }

    protected override string ScopeOf(MeetingState state) => state.Definition!.BrigadeId;

    private async Task<MeetingRecord> Notify()
    {
        var record = Current;
        await GrainFactory.GetGrain<ISupervisionGrain>(record.Definition.BrigadeId).OnMeetingChanged(record);
        return record;
    }
}
