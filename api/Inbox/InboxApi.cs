namespace Responsibility.Api.Inbox;

using Mediator;

public static class InboxApi
{
    public static RouteGroupBuilder MapInbox(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1/me").WithTags("Inbox").RequireAuthorization();
        api.MapGet("/inbox", Get);
        return api;
    }

    private static async Task<Ok<InboxResponse>> Get(ISender sender) => TypedResults.Ok(await sender.Send(new GetInbox()));
}
