namespace Responsibility.Api.Meetings;

using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Ballots;

/// <summary>The 民主测评 results per leader, never who voted: all for the brigade's leaders and Admin, a Leader's own row.</summary>
public sealed record GetRatings(string MeetingId) : IRequest<MeetingRatings>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Meeting(MeetingId, MeetingAction.ReadRatings);
}

/// <summary>Closes the 民主测评: the results become final and a leader below the threshold asks the 第一责任人 for a 提醒谈话.</summary>
public sealed record CloseRating(string MeetingId) : IRequest<MeetingRatings>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Meeting(MeetingId, MeetingAction.CloseRating);
}

/// <summary>The leaders the caller has rated at the meeting (from the roll, never the ballots).</summary>
public sealed record GetMyBallots(string MeetingId) : IRequest<string[]>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Meeting(MeetingId, MeetingAction.Vote);
}

/// <summary>Whether the caller is an attendee of the meeting, so a page offers the rating form.</summary>
public sealed record CheckAttendance(string MeetingId) : IRequest<bool>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Meeting(MeetingId, MeetingAction.Read);
}

public sealed class ReadRatingsHandler(IGrainFactory grains, CallerAccessor callers) :
    IRequestHandler<CheckAttendance, bool>,
    IRequestHandler<GetRatings, MeetingRatings>,
    IRequestHandler<CloseRating, MeetingRatings>,
    IRequestHandler<GetMyBallots, string[]>
{
    public async ValueTask<MeetingRatings> Handle(GetRatings r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var ratings = await grains.GetGrain<IMeetingGrain>(r.MeetingId).Ratings();
        return caller.Role == Role.Leader ? ratings with { Leaders = [.. ratings.Leaders.Where(l => l.LeaderId == caller.LeaderId)] } : ratings;
    }

    public async ValueTask<MeetingRatings> Handle(CloseRating r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        return (await grains.GetGrain<IMeetingGrain>(r.MeetingId).CloseRating(caller.Username)).Ratings!;
    }

    public async ValueTask<bool> Handle(CheckAttendance r, CancellationToken cancellationToken) =>
        await grains.GetGrain<IMeetingGrain>(r.MeetingId).IsAttendee(Voters.Of(await callers.Get()));

    public async ValueTask<string[]> Handle(GetMyBallots r, CancellationToken cancellationToken) =>
        await grains.GetGrain<IMeetingGrain>(r.MeetingId).RatedBy(Voters.Of(await callers.Get()));
}
