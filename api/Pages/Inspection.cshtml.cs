namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;
using Responsibility.Api.Oversight;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Oversight;

/// <summary>One inspection: what was checked, the findings the caller may read, and the form that adds one (whoever may).</summary>
public sealed class InspectionModel(ISender sender, PermissionCheck permissions) : PageModel
{
    [BindProperty]
    public FindingInput Finding { get; set; } = new();

    public InspectionResponse Inspection { get; private set; } = null!;

    public BrigadeInfo Brigade { get; private set; } = null!;

    public bool CanAddFinding { get; private set; }

    public async Task OnGetAsync(string brigadeId, string inspectionId)
    {
        await Load(brigadeId, inspectionId);
        Finding = new FindingInput { Severity = Severity.Medium, DueDate = Inspection.Date.AddDays(30), UnitId = Inspection.UnitIds.FirstOrDefault() };
    }

    public async Task<IActionResult> OnPostAsync(string brigadeId, string inspectionId)
    {
        try
        {
            var item = await sender.Send(new AddFinding(
                Finding.Problem?.Trim(), Finding.Category?.Trim(), Finding.UnitId, Blank(Finding.Person), Finding.Severity, Blank(Finding.Basis),
                Finding.LeaderId, Finding.Measures?.Trim(), Finding.DueDate) { InspectionId = inspectionId });
            TempData["Message"] = item.RepeatOf is null ? "问题已登记，整改事项已交办责任单位。" : "问题已登记并交办；该单位曾有同类问题，已标记为重复发生。";
            return Redirect($"/b/{Uri.EscapeDataString(brigadeId)}/inspections/{inspectionId}");
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, nameof(Finding)))
        {
        }

        await Load(brigadeId, inspectionId);
        return Page();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private async Task Load(string brigadeId, string inspectionId)
    {
        Inspection = await sender.Send(new GetInspection(inspectionId));
        if (Inspection.BrigadeId != brigadeId)
        {
            throw Grains.Abstractions.DomainException.NotFound("检查不存在。");
        }

        Brigade = await sender.Send(new GetBrigade(brigadeId));
        var caller = await sender.Send(new GetMe());
        CanAddFinding = await permissions.Allows(caller, new Permission.Inspection(inspectionId, InspectionAction.AddFinding));
    }
}
