namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;
using Responsibility.Api.Oversight;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Oversight;

/// <summary>检查: the brigade's inspections the caller may read, and the form a leader or the office records one with.</summary>
public sealed class InspectionsModel(ISender sender) : PageModel
{
    [BindProperty]
    public InspectionInput Inspection { get; set; } = new();

    public BrigadeInfo Brigade { get; private set; } = null!;

    public InspectionResponse[] Inspections { get; private set; } = [];

    public DateOnly Today { get; private set; }

    // Only whether to offer the form; RecordInspection's permission decides.
    public bool CanRecord { get; private set; }

    public async Task OnGetAsync(string brigadeId)
    {
        var caller = await Load(brigadeId);
        Inspection = new InspectionInput
        {
            Kind = InspectionKind.EnforcementQuality, Date = Today, Title = $"{Today.Month}月份执法质量检查",
            InspectorIds = caller.LeaderId is { } me ? [me] : [],
        };
    }

    public async Task<IActionResult> OnPostAsync(string brigadeId)
    {
        try
        {
            var recorded = await sender.Send(new RecordInspection(
                Inspection.Kind, Inspection.Date, Inspection.Title?.Trim(), Inspection.InspectorIds, Inspection.UnitIds,
                Inspection.Summary?.Trim()) { BrigadeId = brigadeId });
            TempData["Message"] = "检查已记录，请逐项登记发现的问题。";
            return Redirect($"/b/{Uri.EscapeDataString(brigadeId)}/inspections/{recorded.Id}");
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, nameof(Inspection)))
        {
        }

        await Load(brigadeId);
        return Page();
    }

    private async Task<Caller> Load(string brigadeId)
    {
        Inspections = await sender.Send(new ListInspections(brigadeId, null));
        Brigade = await sender.Send(new GetBrigade(brigadeId));
        var caller = await sender.Send(new GetMe());
        CanRecord = AccessPolicy.CanReadBrigade(caller, brigadeId, BrigadeAction.RecordInspections);
        Today = BrigadeDay.Today(HttpContext.RequestServices, Brigade.Settings.TimeZone);
        return caller;
    }
}
