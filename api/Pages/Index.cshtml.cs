namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;

/// <summary>
/// Sends each role to its own starting page. The system admin (no brigade) names the brigade to open, or creates
/// one — on a fresh install that is how the first brigade comes to exist.
/// </summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    private static readonly Dictionary<string, string> Renamed = new() { ["brigadeId"] = "Brigade.Id" };

    [BindProperty]
    public BrigadeInput Brigade { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string? brigadeId)
    {
        var caller = await sender.Send(new GetMe());
        if (caller.IsSystemAdmin)
        {
            return string.IsNullOrWhiteSpace(brigadeId) ? Page() : RedirectToPage("/Dashboard", new { brigadeId = brigadeId.Trim() });
        }

        if (caller.Detachment is { } seat)
        {
            return RedirectToPage("/DetachmentDashboard", new { detachmentId = seat.DetachmentId });
        }

        return caller switch
        {
            { Role: Role.Leader, LeaderId: { } leaderId } => RedirectToPage("/Leader", new { brigadeId = caller.BrigadeId, leaderId }),
            { Role: Role.UnitHead, UnitId: { } unitId } => RedirectToPage("/Unit", new { brigadeId = caller.BrigadeId, unitId }),
            _ => RedirectToPage("/Dashboard", new { brigadeId = caller.BrigadeId }),
        };
    }

    /// <summary>Creates a brigade and opens its admin page; an id already in use is refused, never overwritten.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var id = Brigade.Id?.Trim() ?? "";
        try
        {
            if (await Exists(id))
            {
                ModelState.AddModelError("Brigade.Id", $"大队编号 {id} 已被使用，请换一个。");
                return Page();
            }

            await sender.Send(new ConfigureBrigade(
                Brigade.Name?.Trim(), Brigade.PartyOrgName?.Trim(), Brigade.DetachmentName?.Trim(), null, Blank(Brigade.Recipient), null)
            {
                BrigadeId = id,
            });
            TempData["Message"] = $"大队“{Brigade.Name?.Trim()}”已建立。请添加单位、班子成员和账号。";
            return Redirect($"/b/{id}/admin");
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, nameof(Brigade), Renamed))
        {
            return Page();
        }
    }

    private async Task<bool> Exists(string id)
    {
        try
        {
            await sender.Send(new GetBrigade(id));
            return true;
        }
        catch (DomainException e) when (e.Kind == ErrorKind.NotFound)
        {
            return false;
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
