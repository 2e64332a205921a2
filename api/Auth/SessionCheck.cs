namespace Responsibility.Api.Auth;

using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;

/// <summary>
/// Every authenticated request, by bearer token or page cookie, is held against the account as it stands now: a
/// missing or disabled account, or a stamp other than the account's, ends it at once. A token or cookie from before
/// stamps existed carries none and passes only while the account has none either. The account read here is kept
/// for the request, so <see cref="Common.CallerAccessor"/> costs no second grain call.
/// </summary>
public sealed class SessionCheck(IGrainFactory grains)
{
    private static readonly object AccountKey = new();

    public async Task<bool> IsCurrent(ClaimsPrincipal principal, HttpContext http)
    {
        if (principal.FindFirstValue(SessionClaims.Subject) is not { Length: > 0 } username)
        {
            return false;
        }

        var account = Account(http) is { } loaded && loaded.Username == username
            ? loaded
            : await grains.GetGrain<IUserGrain>(username).Get();
        if (account is null || account.Disabled || account.SecurityStamp != principal.FindFirstValue(SessionClaims.Stamp))
        {
            return false;
        }

        http.Items[AccountKey] = account;
        return true;
    }

    /// <summary>The signed-in account as this request checked it; null before the check or when it failed.</summary>
    public static UserAccount? Account(HttpContext? http) =>
        http?.Items.TryGetValue(AccountKey, out var account) == true ? account as UserAccount : null;

    public static async Task OnTokenValidated(TokenValidatedContext context)
    {
        if (!await Of(context.HttpContext).IsCurrent(context.Principal!, context.HttpContext))
        {
            context.Fail("The token was revoked or its account is disabled.");
        }
    }

    public static async Task OnValidatePrincipal(CookieValidatePrincipalContext context)
    {
        if (!await Of(context.HttpContext).IsCurrent(context.Principal!, context.HttpContext))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    private static SessionCheck Of(HttpContext http) => http.RequestServices.GetRequiredService<SessionCheck>();
}
