namespace Responsibility.Api.Meetings;

using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Supervision;

public sealed record ListMeetings(string BrigadeId) : IRequest<MeetingResponse[]>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReadMeetings);
}

public sealed record GetMeeting(string MeetingId) : IRequest<MeetingResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Meeting(MeetingId, MeetingAction.Read);
}

/// <summary>会议纪要: what the meeting's document says, laid out by the caller in the format asked for.</summary>
public sealed record GetMinutes(string MeetingId) : IRequest<MeetingMinutes>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Meeting(MeetingId, MeetingAction.Read);
}

public sealed class ListMeetingsValidator : AbstractValidator<ListMeetings>
{
    public ListMeetingsValidator() => RuleFor(r => r.BrigadeId).IsSlug();
}

public sealed class ReadMeetingsHandler(IGrainFactory grains) :
    IRequestHandler<ListMeetings, MeetingResponse[]>,
    IRequestHandler<GetMeeting, MeetingResponse>,
    IRequestHandler<GetMinutes, MeetingMinutes>
{
    public async ValueTask<MeetingResponse[]> Handle(ListMeetings r, CancellationToken cancellationToken)
    {
        await grains.GetGrain<IBrigadeGrain>(r.BrigadeId).GetSettings();
        return await new MeetingResponses(grains).From(r.BrigadeId, await grains.GetGrain<ISupervisionGrain>(r.BrigadeId).ListMeetings());
    }

    public async ValueTask<MeetingResponse> Handle(GetMeeting r, CancellationToken cancellationToken)
    {
        var meeting = await grains.GetGrain<IMeetingGrain>(r.MeetingId).Get() ?? throw DomainException.NotFound("会议不存在。");
        return (await new MeetingResponses(grains).From(meeting.Definition.BrigadeId, [meeting]))[0];
    }

    public async ValueTask<MeetingMinutes> Handle(GetMinutes r, CancellationToken cancellationToken) =>
        await grains.GetGrain<IMeetingGrain>(r.MeetingId).Minutes();
}
