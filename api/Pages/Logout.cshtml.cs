namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;

/// <summary>
/// Signing out is a POST (with the antiforgery token), so a link elsewhere cannot sign anyone out. It is the API's
/// logout: every session and token of the account ends, so a copied cookie is worth nothing afterwards.
/// </summary>
public sealed class LogoutModel(ISender sender) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await sender.Send(new Logout());
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/login");
    }
}
