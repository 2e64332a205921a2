namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;
using Responsibility.Api.Reports;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Reports;

/// <summary>The monthly 调度报告 (preview, Word download, regenerate) and this year's annual report draft.</summary>
public sealed class ReportsModel(ISender sender) : PageModel
{
    [BindProperty]
    public string? Month { get; set; }

    public BrigadeInfo Brigade { get; private set; } = null!;

    public MonthlyReportInfo[] Reports { get; private set; } = [];

    public Caller Caller { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    // Only whether to offer the button; GenerateMonthlyReport's permission decides.
    public bool CanGenerate => Caller.Role is Role.Admin or Role.BrigadeLeader;

    public bool CanExportLedger => AccessPolicy.CanReadBrigade(Caller, Brigade.Id, BrigadeAction.ExportLedger);

    /// <summary>A stored report: the latest version, or <paramref name="version"/>.</summary>
    public string MonthlyLink(MonthlyReportInfo r, string format, int? version = null) =>
        $"/api/v1/brigades/{Brigade.Id}/reports/monthly/{r.Year:D4}-{r.Month:D2}?format={format}{(version is { } v ? $"&version={v}" : "")}";

    public string PreviewLink(string format) =>
        $"/api/v1/brigades/{Brigade.Id}/reports/monthly/{MonthKey(Today)}?preview=true&format={format}";

    /// <summary>The newest month that may be generated: the running one may only be previewed.</summary>
    public string LastEndedMonth => MonthKey(Today.AddMonths(-1));

    public string AnnualLink(string format) => $"/api/v1/brigades/{Brigade.Id}/reports/annual/{Today.Year}?format={format}";

    public async Task OnGetAsync(string brigadeId)
    {
        await Load(brigadeId);
        Month = LastEndedMonth;
    }

    public async Task<IActionResult> OnPostGenerateAsync(string brigadeId)
    {
        try
        {
            var report = await sender.Send(new GenerateMonthlyReport(brigadeId, Month?.Trim() ?? ""));
            TempData["Message"] = $"已生成{report.Year}年{report.Month}月调度报告（第 {report.Version} 版）。";
            return RedirectToPage(new { brigadeId });
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, "", new Dictionary<string, string> { ["month"] = nameof(Month) }))
        {
        }

        await Load(brigadeId);
        return Page();
    }

    private static string MonthKey(DateOnly day) => day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private async Task Load(string brigadeId)
    {
        Reports = await sender.Send(new ListMonthlyReports(brigadeId));
        Brigade = await sender.Send(new GetBrigade(brigadeId));
        Caller = await sender.Send(new GetMe());
        Today = BrigadeDay.Today(HttpContext.RequestServices, Brigade.Settings.TimeZone);
    }
}
