namespace Responsibility.Api.Inbox;

using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Inbox;

/// <summary>What needs the caller now (待办). The system admin belongs to no brigade and has none.</summary>
public sealed record GetInbox : IRequest<InboxResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.SignedIn();
}

/// <summary>The caller's items, the reporting cycle they were judged in, and the day (brigade time zone).</summary>
public sealed record InboxResponse(DateOnly? AsOf, ReportingPeriod? Period, InboxItem[] Items);

public sealed class GetInboxHandler(IGrainFactory grains, CallerAccessor callers) : IRequestHandler<GetInbox, InboxResponse>
{
    public async ValueTask<InboxResponse> Handle(GetInbox r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        // A detachment account reading a brigade is not one of its people: nothing of the brigade waits on it.
        if (caller.BrigadeId is not { } brigadeId || caller.Detachment is not null)
        {
            return new InboxResponse(null, null, []);
        }

        var inbox = await grains.GetGrain<IInboxGrain>(brigadeId)
            .For(new InboxReader(caller.Username, caller.Role, caller.UnitId, caller.LeaderId));
        return new InboxResponse(inbox.AsOf, inbox.Period, inbox.Items);
    }
}
