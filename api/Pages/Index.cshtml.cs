namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Grains.Abstractions.Accounts;

/// <summary>Sends each role to its own starting page; the system admin (no brigade) names the brigade to open.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? brigadeId)
    {
        var caller = await sender.Send(new GetMe());
        if (caller.IsSystemAdmin)
        {
            return string.IsNullOrWhiteSpace(brigadeId) ? Page() : RedirectToPage("/Dashboard", new { brigadeId = brigadeId.Trim() });
        }

        return caller switch
        {
            { Role: Role.Leader, LeaderId: { } leaderId } => RedirectToPage("/Leader", new { brigadeId = caller.BrigadeId, leaderId }),
            { Role: Role.UnitHead, UnitId: { } unitId } => RedirectToPage("/Unit", new { brigadeId = caller.BrigadeId, unitId }),
            _ => RedirectToPage("/Dashboard", new { brigadeId = caller.BrigadeId }),
        };
    }
}
