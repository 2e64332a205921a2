namespace Responsibility.Api.Pages;

using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;

/// <summary>Signs in through the token endpoint's own check (<see cref="SignIn"/>), throttling included.</summary>
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
        try
        {
            var account = await sender.Send(new SignIn(Username?.Trim(), Password));
            await PageSession.SignIn(HttpContext, account);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        catch (ValidationException)
        {
            return Refused("请输入用户名和密码。", StatusCodes.Status400BadRequest);
        }
        catch (UnauthorizedAccessException e)
        {
            return Refused(e.Message, StatusCodes.Status401Unauthorized);
        }
        catch (LoginThrottledException e)
        {
            Response.Headers.RetryAfter = e.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return Refused(e.Message, StatusCodes.Status429TooManyRequests);
        }
    }

    private PageResult Refused(string error, int status)
    {
        Error = error;
        var page = Page();
        page.StatusCode = status;
        return page;
    }
}
