namespace Responsibility.Api.Pages.Detachment;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Api.Common;
using Responsibility.Api.Detachments;
using Responsibility.Grains.Abstractions.Detachments;

/// <summary>The detachment's 月度调度通报: each month with its number and versions (view, Word), and generating one for who may.</summary>
public sealed class ReportsModel(ISender sender) : PageModel
{
    [BindProperty]
    public string? Month { get; set; }

    public DetachmentReportList List { get; private set; } = null!;

    public Caller Caller { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    // Only whether to offer the button; GenerateDetachmentReport's permission decides.
    public bool CanGenerate => AccessPolicy.CanActOnDetachment(Caller, List.DetachmentId, DetachmentAction.Issue);

    /// <summary>The newest month that may be generated: the running one has not ended.</summary>
    public string LastEndedMonth => Today.AddMonths(-1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public string Link(DetachmentReportInfo r, string format, int? version = null) =>
        $"/api/v1/detachments/{Uri.EscapeDataString(List.DetachmentId)}/reports/monthly/{r.Year:D4}-{r.Month:D2}?format={format}{(version is { } v ? $"&version={v}" : "")}";

    public async Task OnGetAsync(string detachmentId)
    {
        await Load(detachmentId);
        Month = LastEndedMonth;
    }

    public async Task<IActionResult> OnPostGenerateAsync(string detachmentId)
    {
        try
        {
            var report = await sender.Send(new GenerateDetachmentReport(detachmentId, Month?.Trim() ?? ""));
            TempData["Message"] = $"已生成{report.Year}年{report.Month}月调度通报（{report.NumberText}，第 {report.Version} 版）。";
            return RedirectToPage(new { detachmentId });
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, "", new Dictionary<string, string> { ["month"] = nameof(Month) }))
        {
        }

        await Load(detachmentId);
        return Page();
    }

    private async Task Load(string detachmentId)
    {
        List = await sender.Send(new ListDetachmentReports(detachmentId));
        Caller = await sender.Send(new GetMe());
        Today = BrigadeDay.Today(HttpContext.RequestServices, List.TimeZone);
    }
}
