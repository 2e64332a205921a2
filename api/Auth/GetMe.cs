namespace Responsibility.Api.Auth;

using Mediator;
using Responsibility.Api.Common;

public sealed record GetMe : IRequest<Caller>, IAuthorizedRequest
{
    public Permission Permission => new Permission.SignedIn();
}

public sealed class GetMeHandler(CallerAccessor callers) : IRequestHandler<GetMe, Caller>
{
    public ValueTask<Caller> Handle(GetMe request, CancellationToken cancellationToken) => callers.Get();
}
