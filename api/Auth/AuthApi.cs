namespace Responsibility.Api.Auth;

using System.Security.Claims;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Api.OpenApi;

public static class AuthApi
{
    public static RouteGroupBuilder MapAuth(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1").WithTags("Auth");
        group.MapPost("/auth/token", Token).AllowAnonymous()
            .Documented("issueToken", "Sign in: a bearer token for a username and password", 400, 401, 413, 429);
        group.MapPost("/auth/logout", LogOut).RequireAuthorization()
            .Documented("logout", "Sign out everywhere: the account's tokens and web sessions stop working");
        group.MapGet("/me", Me).RequireAuthorization().Documented("getMe", "The signed-in account");
        group.MapPost("/me/password", Password).RequireAuthorization()
            .Documented("changePassword", "Change your own password; earlier tokens stop working", 400, 413, 429);
        return group;
    }

    private static async Task<Ok<TokenResponse>> Token(SignIn request, ISender sender, TokenIssuer tokens) =>
        TypedResults.Ok(tokens.Issue(await sender.Send(request)));

    private static async Task<NoContent> LogOut(ISender sender)
    {
        await sender.Send(new Logout());
        return TypedResults.NoContent();
    }

    private static async Task<Ok<Caller>> Me(ISender sender) => TypedResults.Ok(await sender.Send(new GetMe()));

    private static async Task<NoContent> Password(ChangePassword body, ClaimsPrincipal user, ISender sender)
    {
        await sender.Send(body with { Username = user.FindFirstValue(SessionClaims.Subject) ?? "" });
        return TypedResults.NoContent();
    }
}
