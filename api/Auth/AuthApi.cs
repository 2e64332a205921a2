namespace Responsibility.Api.Auth;

using Mediator;
using Responsibility.Api.Common;

public static class AuthApi
{
    public const string LoginRateLimit = "login";

    public static RouteGroupBuilder MapAuth(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1").WithTags("Auth");
        group.MapPost("/auth/token", Token).AllowAnonymous().RequireRateLimiting(LoginRateLimit);
        group.MapGet("/me", Me).RequireAuthorization();
        return group;
    }

    private static async Task<Ok<TokenResponse>> Token(IssueToken request, ISender sender) =>
        TypedResults.Ok(await sender.Send(request));

    private static async Task<Ok<Caller>> Me(ISender sender) => TypedResults.Ok(await sender.Send(new GetMe()));
}
