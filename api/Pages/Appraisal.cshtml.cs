namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Appraisal;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Org;

/// <summary>
/// 考核: the year's 考核方案 as a two-level table, the period picker, and the ranking of units and of leaders (total,
/// rank, 档次), each subject linking to its lines. The Admin copies last year's scheme here; the 考核组 locks a period.
/// </summary>
public sealed class AppraisalModel(ISender sender) : PageModel
{
    public BrigadeInfo Brigade { get; private set; } = null!;

    public SchemeResponse Scheme { get; private set; } = null!;

    public int Year { get; private set; }

    public string Period { get; private set; } = "";

    public ScoresResponse? Units { get; private set; }

    public ScoresResponse? Leaders { get; private set; }

    public bool CanManage { get; private set; }

    public bool CanReview { get; private set; }

    public async Task OnGetAsync(string brigadeId, int? year, string? period) => await Load(brigadeId, year, period);

    public async Task<IActionResult> OnPostCopyAsync(string brigadeId, int year)
    {
        try
        {
            await sender.Send(new CopyAppraisalScheme(brigadeId, year, year - 1));
            TempData["Message"] = $"已复制 {year - 1} 年考核方案。";
            return Redirect($"/b/{Uri.EscapeDataString(brigadeId)}/appraisal?year={year}");
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, ""))
        {
        }

        await Load(brigadeId, year, null);
        return Page();
    }

    public async Task<IActionResult> OnPostLockAsync(string brigadeId, int year, string period)
    {
        try
        {
            await sender.Send(new LockAppraisalPeriod(brigadeId, year, period, null));
            TempData["Message"] = $"{AppraisalDisplay.PeriodName(period)}考核已锁定，此后更正请用调整分。";
            return Redirect($"/b/{Uri.EscapeDataString(brigadeId)}/appraisal?year={year}&period={Uri.EscapeDataString(period)}");
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, ""))
        {
        }

        await Load(brigadeId, year, period);
        return Page();
    }

    private async Task Load(string brigadeId, int? year, string? period)
    {
        Brigade = await sender.Send(new GetBrigade(brigadeId));
        var today = BrigadeDay.Today(HttpContext.RequestServices, Brigade.Settings.TimeZone);
        Year = year is >= 2000 and <= 2100 ? year.Value : today.Year;
        Scheme = await sender.Send(new GetAppraisalScheme(brigadeId, Year));
        Period = period is not null && Scheme.Periods.Contains(period) ? period : AppraisalDisplay.Current(Year, Scheme.Period, today);
        var caller = await sender.Send(new GetMe());
        CanManage = AccessPolicy.CanReadBrigade(caller, brigadeId, BrigadeAction.ManageAppraisal);
        CanReview = AccessPolicy.CanReadBrigade(caller, brigadeId, BrigadeAction.ReviewAppraisal);
        if (Scheme.Indicators.Length > 0)
        {
            Units = await sender.Send(new GetAppraisalScores(brigadeId, Year, Period, AppraisalSubjects.Units, null));
            Leaders = await sender.Send(new GetAppraisalScores(brigadeId, Year, Period, AppraisalSubjects.Leaders, null));
        }
    }
}
