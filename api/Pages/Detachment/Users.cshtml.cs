namespace Responsibility.Api.Pages.Detachment;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;
using Responsibility.Api.Detachments;
using Responsibility.Grains.Abstractions.Accounts;

/// <summary>
/// The 支队's accounts for its DetachmentAdmin (and the system administrator): the list, and one form that creates an
/// account or changes it (same username = change; a password resets it, an empty one keeps it).
/// </summary>
public sealed class UsersModel(ISender sender) : PageModel
{
    private static readonly Dictionary<string, string> Renamed = new() { ["username"] = "Input.Username", ["disabled"] = "" };

    [BindProperty]
    public DetachmentUserInput Input { get; set; } = new();

    public DetachmentResponse Detachment { get; private set; } = null!;

    public UserResponse[] Accounts { get; private set; } = [];

    public Caller Caller { get; private set; } = null!;

    public async Task OnGetAsync(string detachmentId, string? user)
    {
        await Load(detachmentId);
        if (Accounts.FirstOrDefault(a => a.Username == user) is { } account)
        {
            Input = new DetachmentUserInput { Username = account.Username, DisplayName = account.DisplayName, Role = account.Role };
        }
    }

    public async Task<IActionResult> OnPostAsync(string detachmentId)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var saved = await sender.Send(new UpsertDetachmentUser(
                    Input.DisplayName?.Trim(), string.IsNullOrEmpty(Input.Password) ? null : Input.Password, Input.Role)
                {
                    DetachmentId = detachmentId,
                    Username = Input.Username?.Trim() ?? "",
                });
                TempData["Message"] = $"账号 {saved.Username}（{saved.DisplayName}）已保存。";
                return RedirectToPage(new { detachmentId });
            }
            catch (Exception e) when (RequestErrors.AddTo(ModelState, e, nameof(Input), Renamed))
            {
            }
        }

        await Load(detachmentId);
        return Page();
    }

    private async Task Load(string detachmentId)
    {
        Accounts = await sender.Send(new ListDetachmentUsers(detachmentId));
        Detachment = await sender.Send(new GetDetachment(detachmentId));
        Caller = await sender.Send(new GetMe());
    }
}

public sealed class DetachmentUserInput
{
    public string? Username { get; set; }

    public string? DisplayName { get; set; }

    public string? Password { get; set; }

    public Role? Role { get; set; }
}
