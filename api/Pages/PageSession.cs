namespace Responsibility.Api.Pages;

using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Responsibility.Api.Auth;
using Responsibility.Grains.Abstractions.Accounts;

/// <summary>The page cookie: the same claims as a bearer token, so <see cref="SessionCheck"/> holds both to the account's stamp.</summary>
public static class PageSession
{
    public static Task SignIn(HttpContext http, UserAccount account)
    {
        var identity = new ClaimsIdentity(
            SessionClaims.For(account), CookieAuthenticationDefaults.AuthenticationScheme, SessionClaims.Subject, SessionClaims.Role);
        return http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
    }
}
