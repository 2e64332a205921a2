namespace Responsibility.Api.Common;

using Mediator;

/// <summary>
/// Enforces <see cref="AccessPolicy"/> for every request that states a <see cref="Permission"/>. A detachment account
/// reading a brigade (<see cref="Caller.ReadOnly"/>) reads only: any other method is refused before its permission is
/// weighed, since the brigade's writes are the brigade's own (SPEC §3).
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(CallerAccessor callers, PermissionCheck permissions, IHttpContextAccessor http)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is IAuthorizedRequest request)
        {
            var caller = await callers.Get();
            if (caller.ReadOnly && http.HttpContext?.Request.Method is { } method && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
            {
                throw new ForbiddenException(ForbiddenException.Refused);
            }

            if (!await permissions.Allows(caller, request.Permission))
            {
                throw new ForbiddenException(ForbiddenException.Refused);
            }
        }

        return await next(message, cancellationToken);
    }
}
