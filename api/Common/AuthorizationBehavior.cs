namespace Responsibility.Api.Common;

using Mediator;

/// <summary>Enforces <see cref="AccessPolicy"/> for every request that states a <see cref="Permission"/>.</summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(CallerAccessor callers, PermissionCheck permissions)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is IAuthorizedRequest request && !await permissions.Allows(await callers.Get(), request.Permission))
        {
            throw new ForbiddenException(ForbiddenException.Refused);
        }

        return await next(message, cancellationToken);
    }
}
