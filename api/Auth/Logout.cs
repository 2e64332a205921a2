namespace Responsibility.Api.Auth;

using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;

/// <summary>Ends every token and web session of the caller's account, not only the one it was sent with.</summary>
public sealed record Logout : IRequest, IAuthorizedRequest
{
    public Permission Permission => new Permission.SignedIn();
}

public sealed class LogoutHandler(IGrainFactory grains, CallerAccessor callers) : IRequestHandler<Logout>
{
    public async ValueTask<Unit> Handle(Logout request, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        await grains.GetGrain<IUserGrain>(caller.Username).Revoke(caller.Username);
        return Unit.Value;
    }
}
