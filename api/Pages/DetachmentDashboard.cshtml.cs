namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Api.Common;
using Responsibility.Api.Detachments;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Org;

/// <summary>
/// The 支队 at a glance: its brigades ranked, each with its pace against 序时进度, lights, 催报, overdue 督办 and 整改,
/// extensions and 考核 score, live or as of a chosen day; each brigade opens its own dashboard. Bars are coloured by the
/// default thresholds (each brigade's own pages use its own).
/// </summary>
public sealed class DetachmentDashboardModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    public DetachmentDashboardResponse Dashboard { get; private set; } = null!;

    public bool CanExportLedger { get; private set; }

    public async Task OnGetAsync(string detachmentId)
    {
        Dashboard = await sender.Send(new GetDetachmentDashboard(detachmentId, null, ModelState.IsValid ? AsOf : null));
        CanExportLedger = AccessPolicy.CanActOnDetachment(await sender.Send(new GetMe()), detachmentId, DetachmentAction.ReadDetails);
    }

    public static Bar BarOf(DetachmentDashboardRow row) => new(
        row.Percent, row.Expected, Display.StatusOf(row.Percent, row.Expected - row.Percent, row.TaskCount, StatusThresholds.Default));
}
