namespace Responsibility.Api.Inbox;

using Mediator;
using Responsibility.Api.OpenApi;

public static class InboxApi
{
    public static RouteGroupBuilder MapInbox(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1/me").WithTags("Inbox").RequireAuthorization();
        api.MapGet("/inbox", Get)
            .Documented("getInbox", "What needs the caller: reports due in the cycle, returned entries, instructions due, overdue or answered, duty slots due or lately missed");
        return api;
    }

    private static async Task<Ok<InboxResponse>> Get(ISender sender) => TypedResults.Ok(await sender.Send(new GetInbox()));
}
