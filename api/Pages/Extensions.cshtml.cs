namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Brigades;
using Responsibility.Api.Oversight;

/// <summary>延期申请: those waiting for the caller's decision, with the grant and refuse forms, and the caller's own.</summary>
public sealed class ExtensionsModel(ISender sender) : PageModel
{
    [BindProperty]
    public DateOnly? GrantedDue { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public MyExtensionsResponse Extensions { get; private set; } = null!;

    public string BrigadeId { get; private set; } = "";

    public Task OnGetAsync(string brigadeId) => Load(brigadeId);

    public Task<IActionResult> OnPostGrantAsync(string brigadeId, string extensionId) => Decide(
        brigadeId, () => sender.Send(new GrantExtension(GrantedDue, Note?.Trim()) { ExtensionId = extensionId }).AsTask(), "已批准延期，事项时限已调整。",
        new() { ["grantedDue"] = nameof(GrantedDue), ["note"] = nameof(Note) });

    public Task<IActionResult> OnPostRefuseAsync(string brigadeId, string extensionId) => Decide(
        brigadeId, () => sender.Send(new RefuseExtension(Reason?.Trim()) { ExtensionId = extensionId }).AsTask(), "已不予批准，申请人将看到理由。",
        new() { ["reason"] = nameof(Reason) });

    private async Task<IActionResult> Decide(string brigadeId, Func<Task> send, string done, Dictionary<string, string> fields)
    {
        try
        {
            await send();
            TempData["Message"] = done;
            return RedirectToPage(new { brigadeId });
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, "", fields))
        {
        }

        await Load(brigadeId);
        return Page();
    }

    private async Task Load(string brigadeId)
    {
        // Another brigade's page is missing (404), as the brigade is.
        await sender.Send(new GetBrigade(brigadeId));
        BrigadeId = brigadeId;
        Extensions = await sender.Send(new ListMyExtensions());
    }
}
