namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Api.Common;
using Responsibility.Api.Detachments;
using Responsibility.Api.Oversight;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Detachments;

/// <summary>
/// 支队通报: the detachment's 通报 of a year; one chosen (<c>?bulletin=</c>) with its text, the edit form while a draft and
/// 签发; and the 起草 form (表扬, 批评, 情况 written from its brigades' figures and its 督办) for a DetachmentLeader.
/// </summary>
public sealed class DetachmentBulletinsModel(ISender sender, IGrainFactory grains) : PageModel
{
    [BindProperty]
    public BulletinDraftInput Draft { get; set; } = new();

    [BindProperty]
    public BulletinEditInput Edit { get; set; } = new();

    public DetachmentInfo Detachment { get; private set; } = null!;

    public BulletinResponse[] Bulletins { get; private set; } = [];

    public BulletinResponse? Chosen { get; private set; }

    public int Year { get; private set; }

    // Only whether to offer the forms; the requests' permissions decide.
    public bool CanIssue { get; private set; }

    public Task OnGetAsync(string detachmentId, int? year, string? bulletin) => Load(detachmentId, year, bulletin);

    public async Task<IActionResult> OnPostAsync(string detachmentId)
    {
        try
        {
            var drafted = await sender.Send(new DraftDetachmentBulletin(Draft.Kind, null) { DetachmentId = detachmentId });
            TempData["Message"] = "通报草稿已根据数据生成，请核改后签发。";
            return Redirect(Path(detachmentId, drafted.Id));
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, nameof(Draft)))
        {
        }

        await Load(detachmentId, null, null);
        return Page();
    }

    public async Task<IActionResult> OnPostEditAsync(string detachmentId, string bulletin)
    {
        try
        {
            await sender.Send(new EditDetachmentBulletin(Edit.Title?.Trim(), Edit.Body) { DetachmentId = detachmentId, BulletinId = bulletin });
            TempData["Message"] = "草稿已保存。";
            return Redirect(Path(detachmentId, bulletin));
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, nameof(Edit)))
        {
        }

        await Load(detachmentId, null, bulletin);
        return Page();
    }

    public async Task<IActionResult> OnPostIssueAsync(string detachmentId, string bulletin)
    {
        var issued = await sender.Send(new IssueDetachmentBulletin(detachmentId, bulletin));
        TempData["Message"] = $"通报已签发：{issued.Number}。";
        return Redirect(Path(detachmentId, bulletin));
    }

    private static string Path(string detachmentId, string bulletinId) =>
        $"/d/{Uri.EscapeDataString(detachmentId)}/bulletins?bulletin={Uri.EscapeDataString(bulletinId)}";

    private async Task Load(string detachmentId, int? year, string? bulletinId)
    {
        // The list's permission first: another detachment is missing (404) before anything of it is read.
        var all = await sender.Send(new ListDetachmentBulletins(detachmentId, null));
        Detachment = await grains.GetGrain<IDetachmentGrain>(detachmentId).GetInfo();
        var today = BrigadeDay.Today(HttpContext.RequestServices, Detachment.Settings.TimeZone);
        Chosen = bulletinId is null ? null : Array.Find(all, b => b.Id == bulletinId);
        Year = Chosen?.Year ?? (year is >= 2000 and <= 2100 ? year.Value : today.Year);
        Bulletins = [.. all.Where(b => b.Year == Year)];
        CanIssue = AccessPolicy.CanActOnDetachment(await sender.Send(new GetMe()), detachmentId, DetachmentAction.Issue);
        if (Chosen is not null && ModelState.IsValid)
        {
            Edit = new BulletinEditInput { Title = Chosen.Title, Body = Chosen.Body };
        }
    }
}
