namespace Responsibility.Api.Oversight;

using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Oversight;

public sealed record GetExtension(string ExtensionId) : IRequest<ExtensionResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Extension(ExtensionId, ExtensionAction.Read);
}

/// <summary>The caller's own requests and those waiting for their decision, newest first.</summary>
public sealed record ListMyExtensions : IRequest<MyExtensionsResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.SignedIn();
}

public sealed record MyExtensionsResponse(ExtensionResponse[] Mine, ExtensionResponse[] ToDecide);

public sealed class GetExtensionHandler(IGrainFactory grains, CallerAccessor callers, PermissionCheck permissions) :
    IRequestHandler<GetExtension, ExtensionResponse>,
    IRequestHandler<ListMyExtensions, MyExtensionsResponse>
{
    public async ValueTask<ExtensionResponse> Handle(GetExtension r, CancellationToken cancellationToken)
    {
        var request = await permissions.FindExtension(await callers.Get(), r.ExtensionId) ?? throw DomainException.NotFound("延期申请不存在。");
        return await new ExtensionResponses(grains).One(request);
    }

    public async ValueTask<MyExtensionsResponse> Handle(ListMyExtensions r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        if (caller.BrigadeId is not { } brigadeId || caller.Role == Role.Viewer)
        {
            return new MyExtensionsResponse([], []);
        }

        var all = await grains.GetGrain<IOversightGrain>(brigadeId).ListExtensions();
        var toDecide = all.Where(e => e.State == ExtensionState.Pending && e.Requester != caller.Username
            && AccessPolicy.CanActOnExtension(caller, e, ExtensionAction.Decide, null)).ToArray();
        var responses = new ExtensionResponses(grains);
        return new MyExtensionsResponse(
            await responses.From(brigadeId, [.. all.Where(e => e.Requester == caller.Username)]), await responses.From(brigadeId, toDecide));
    }
}
