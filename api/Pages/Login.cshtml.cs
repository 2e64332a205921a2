namespace Responsibility.Api.Pages;

using System.Security.Claims;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Responsibility.Api.Auth;
using Responsibility.Api.Hosting;

/// <summary>Signs in with the token endpoint's own check (<see cref="IssueToken"/>) and keeps the username in a cookie.</summary>
[EnableRateLimiting(WebPages.LoginRateLimit)]
public sealed class LoginModel(ISender sender) : PageModel
{
    [BindProperty]
    public string? Username { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var username = Username?.Trim();
        try
        {
            await sender.Send(new IssueToken(username, Password));
        }
        catch (ValidationException)
        {
            Error = "请输入用户名和密码。";
            return Page();
        }
        catch (UnauthorizedAccessException)
        {
            Error = "用户名或密码错误";
            return Page();
        }

        // "sub" is the claim CallerAccessor reads for bearer tokens too; the account itself is re-read on every request.
        var identity = new ClaimsIdentity([new Claim("sub", username!)], CookieAuthenticationDefaults.AuthenticationScheme, "sub", "role");
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
