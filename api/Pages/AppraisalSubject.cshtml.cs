namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Appraisal;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;

/// <summary>A line the page's forms send: an indicator, its points and the note (自评说明) or reason (理由).</summary>
public sealed class AppraisalLineInput
{
    public string? Indicator { get; set; }

    public decimal? Points { get; set; }

    public string? Text { get; set; }
}

/// <summary>
/// A subject's 考核 of a period: each line's 分值, 评分标准, 自动得分 with its causes (each linking to the task, instruction,
/// 整改 item or 通报), 自评分, 考核组评分 and adjustments; the 自评分 form for the subject, the 考核组评分 form and, once
/// locked, the adjustment form for BrigadeLeader and Admin.
/// </summary>
public sealed class AppraisalSubjectModel(ISender sender) : PageModel
{
    [BindProperty]
    public List<AppraisalLineInput> Lines { get; set; } = [];

    [BindProperty]
    public AppraisalLineInput Adjustment { get; set; } = new();

    public BrigadeInfo Brigade { get; private set; } = null!;

    public SchemeResponse Scheme { get; private set; } = null!;

    public ScoresResponse Scores { get; private set; } = null!;

    public SubjectScoreResponse Score { get; private set; } = null!;

    public string Period { get; private set; } = "";

    public bool CanSelf { get; private set; }

    public bool CanReview { get; private set; }

    public IndicatorBody? Indicator(string code) => Array.Find(Scheme.Indicators, i => i.Code == code);

    public async Task<IActionResult> OnGetAsync(string brigadeId, string period, string kind, string id) =>
        await Load(brigadeId, period, kind, id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSelfAsync(string brigadeId, string period, string kind, string id) =>
        await Send(brigadeId, period, kind, id, "自评分已保存。", year => new PutAppraisalSelf(
            [.. Lines.Where(l => l.Points is not null).Select(l => new SelfLineBody(l.Indicator, l.Points, l.Text, null))])
        {
            BrigadeId = brigadeId, Year = year, Period = period, SubjectKind = kind, SubjectId = id,
        });

    public async Task<IActionResult> OnPostReviewAsync(string brigadeId, string period, string kind, string id) =>
        await Send(brigadeId, period, kind, id, "考核组评分已保存。", year => new PutAppraisalReview(
            [.. Lines.Where(l => l.Points is not null).Select(l => new ReviewLineBody(l.Indicator, l.Points, l.Text))])
        {
            BrigadeId = brigadeId, Year = year, Period = period, SubjectKind = kind, SubjectId = id,
        });

    public async Task<IActionResult> OnPostAdjustAsync(string brigadeId, string period, string kind, string id) =>
        await Send(brigadeId, period, kind, id, "调整分已记录。", year => new AdjustAppraisalScore(
            new SubjectBody(kind == "leaders" ? AppraisalSubjects.Leaders : AppraisalSubjects.Units, id), Adjustment.Indicator, Adjustment.Points, Adjustment.Text)
        {
            BrigadeId = brigadeId, Year = year, Period = period,
        });

    private async Task<IActionResult> Send<T>(string brigadeId, string period, string kind, string id, string done, Func<int, IRequest<T>> request)
    {
        if (!AppraisalPeriod.TryParse(period, out var parsed))
        {
            return NotFound();
        }

        try
        {
            if (ModelState.IsValid)
            {
                await sender.Send(request(parsed.Year));
                TempData["Message"] = done;
                return Redirect($"/b/{Uri.EscapeDataString(brigadeId)}/appraisal/{Uri.EscapeDataString(period)}/{Uri.EscapeDataString(kind)}/{Uri.EscapeDataString(id)}");
            }
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, ""))
        {
        }

        return await Load(brigadeId, period, kind, id) ? Page() : NotFound();
    }

    private async Task<bool> Load(string brigadeId, string period, string kind, string id)
    {
        var subjects = kind switch { "units" => AppraisalSubjects.Units, "leaders" => AppraisalSubjects.Leaders, _ => (AppraisalSubjects?)null };
        if (subjects is null || !AppraisalPeriod.TryParse(period, out var parsed))
        {
            return false;
        }

        Brigade = await sender.Send(new GetBrigade(brigadeId));
        Period = parsed.Key;
        Scheme = await sender.Send(new GetAppraisalScheme(brigadeId, parsed.Year));
        if (!Scheme.Periods.Contains(Period))
        {
            return false;
        }

        Scores = await sender.Send(new GetAppraisalScores(brigadeId, parsed.Year, Period, subjects.Value, null));
        var found = Array.Find(Scores.Scores, s => s.Subject.Id == id);
        if (found is null)
        {
            return false;
        }

        Score = found;
        var caller = await sender.Send(new GetMe());
        var holder = new DutyHolder(brigadeId, SchemeResponse.Kind(subjects.Value), id);
        var callerLeader = Array.Find(Brigade.Leaders, l => l.Id == caller.LeaderId);
        CanSelf = !Scores.Locked && AccessPolicy.CanActOnHolder(caller, holder, HolderAction.SelfAppraise, callerLeader);
        CanReview = AccessPolicy.CanReadBrigade(caller, brigadeId, BrigadeAction.ReviewAppraisal);
        return true;
    }
}
