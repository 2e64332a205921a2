namespace Responsibility.Api.Pages.Admin;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions.Org;

/// <summary>
/// The brigade's accounts: the list with 停用 / 启用, and one form that creates an account or changes it (same
/// username = change; a password resets it, an empty one keeps it).
/// </summary>
public sealed class UsersModel(ISender sender) : PageModel
{
    private static readonly Dictionary<string, string> Renamed = new() { ["username"] = "Input.Username", ["disabled"] = "" };

    [BindProperty]
    public UserInput Input { get; set; } = new();

    public BrigadeInfo Brigade { get; private set; } = null!;

    public UserResponse[] Accounts { get; private set; } = [];

    public Caller Caller { get; private set; } = null!;

    public async Task OnGetAsync(string brigadeId, string? user)
    {
        await Load(brigadeId);
        Input = Accounts.FirstOrDefault(a => a.Username == user) is { } account ? UserInput.From(account) : new();
    }

    public async Task<IActionResult> OnPostAsync(string brigadeId)
    {
        if (ModelState.IsValid)
        {
            var request = new UpsertUser(
                Input.DisplayName?.Trim(), string.IsNullOrEmpty(Input.Password) ? null : Input.Password, Input.Role,
                Blank(Input.UnitId), Blank(Input.LeaderId))
            {
                BrigadeId = brigadeId,
                Username = Input.Username?.Trim() ?? "",
            };
            if (await Send(request, "已保存") is { } done)
            {
                return done;
            }
        }

        await Load(brigadeId);
        return Page();
    }

    public Task<IActionResult> OnPostDisableAsync(string brigadeId, string username) => SetDisabled(brigadeId, username, true);

    public Task<IActionResult> OnPostEnableAsync(string brigadeId, string username) => SetDisabled(brigadeId, username, false);

    private async Task<IActionResult> SetDisabled(string brigadeId, string username, bool disabled)
    {
        await Load(brigadeId);
        var account = Accounts.FirstOrDefault(a => a.Username == username)
            ?? throw Grains.Abstractions.DomainException.NotFound($"本大队没有账号 {username}。");
        var request = new UpsertUser(account.DisplayName, null, account.Role, account.UnitId, account.LeaderId, disabled)
        {
            BrigadeId = brigadeId,
            Username = username,
        };
        if (await Send(request, disabled ? "已停用，其登录已全部失效" : "已启用") is { } done)
        {
            return done;
        }

        await Load(brigadeId);
        return Page();
    }

    /// <summary>Sends a change and goes back to the list, or leaves the refusal in ModelState and answers null.</summary>
    private async Task<IActionResult?> Send(UpsertUser request, string outcome)
    {
        try
        {
            var saved = await sender.Send(request);
            TempData["Message"] = $"账号 {saved.Username}（{saved.DisplayName}）{outcome}。";
            return RedirectToPage(new { brigadeId = request.BrigadeId });
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, nameof(Input), Renamed))
        {
            return null;
        }
    }

    private async Task Load(string brigadeId)
    {
        Caller = await AdminAccess.Require(sender, brigadeId);
        Brigade = await sender.Send(new GetBrigade(brigadeId));
        Accounts = await sender.Send(new ListUsers(brigadeId));
    }

    private static string? Blank(string? id) => string.IsNullOrWhiteSpace(id) ? null : id.Trim();
}
