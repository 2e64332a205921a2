namespace Responsibility.Api.Pages.Account;

using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;

/// <summary>
/// 修改密码 for every signed-in user. The change ends every earlier session and token; this browser gets a new
/// cookie carrying the new stamp, so the person who changed it stays signed in here.
/// </summary>
public sealed class PasswordModel(ISender sender) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.NewPassword != Input.RepeatPassword)
        {
            ModelState.AddModelError("Input.RepeatPassword", "两次输入的新密码不一致。");
            return Page();
        }

        try
        {
            var request = new ChangePassword(Input.CurrentPassword, Input.NewPassword)
            {
                Username = User.FindFirstValue(SessionClaims.Subject) ?? "",
            };
            await PageSession.SignIn(HttpContext, await sender.Send(request));
            TempData["Message"] = "密码已修改。其他设备和浏览器上的登录已失效。";
            return Redirect("/");
        }
        catch (LoginThrottledException e)
        {
            ModelState.AddModelError("Input.CurrentPassword", e.Message);
            Response.Headers.RetryAfter = e.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var page = Page();
            page.StatusCode = StatusCodes.Status429TooManyRequests;
            return page;
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, nameof(Input)))
        {
            return Page();
        }
    }
}
