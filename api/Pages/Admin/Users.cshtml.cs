namespace Responsibility.Api.Pages.Admin;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Brigades;
using Responsibility.Grains.Abstractions.Org;

/// <summary>Creates or changes an account (same username = change; an empty password keeps the old one).</summary>
public sealed class UsersModel(ISender sender) : PageModel
{
    private static readonly Dictionary<string, string> Renamed = new() { ["username"] = "Input.Username" };

    [BindProperty]
    public UserInput Input { get; set; } = new();

    public BrigadeInfo Brigade { get; private set; } = null!;

    public async Task OnGetAsync(string brigadeId) => await Load(brigadeId);

    public async Task<IActionResult> OnPostAsync(string brigadeId)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var request = new UpsertUser(
                    Input.DisplayName?.Trim(), string.IsNullOrEmpty(Input.Password) ? null : Input.Password, Input.Role,
                    Blank(Input.UnitId), Blank(Input.LeaderId))
                {
                    BrigadeId = brigadeId,
                    Username = Input.Username?.Trim() ?? "",
                };
                var saved = await sender.Send(request);
                TempData["Message"] = $"账号 {saved.Username}（{saved.DisplayName}）已保存。";
                return RedirectToPage(new { brigadeId });
            }
            catch (Exception e) when (RequestErrors.AddTo(ModelState, e, nameof(Input), Renamed))
            {
            }
        }

        await Load(brigadeId);
        return Page();
    }

    private async Task Load(string brigadeId)
    {
        await AdminAccess.Require(sender, brigadeId);
        Brigade = await sender.Send(new GetBrigade(brigadeId));
    }

    private static string? Blank(string? id) => string.IsNullOrWhiteSpace(id) ? null : id.Trim();
}
