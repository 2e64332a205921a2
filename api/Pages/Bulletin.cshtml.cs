namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Api.Common;
using Responsibility.Api.Oversight;
using Responsibility.Grains.Abstractions;
using Responsibility.Reports.Document;
using Responsibility.Reports.Layouts;

/// <summary>One 通报: the 公文 as it reads, its download links, the edit form while a draft, and 签发 for a BrigadeLeader.</summary>
public sealed class BulletinModel(ISender sender) : PageModel
{
    [BindProperty]
    public BulletinEditInput Edit { get; set; } = new();

    public BulletinResponse Bulletin { get; private set; } = null!;

    public ReportDocument Document { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public bool CanIssue { get; private set; }

    public string Link(string format) => $"/api/v1/bulletins/{Bulletin.Id}?format={format}";

    public async Task OnGetAsync(string brigadeId, string bulletinId)
    {
        await Load(brigadeId, bulletinId);
        Edit = new BulletinEditInput { Title = Bulletin.Title, Body = Bulletin.Body };
    }

    public async Task<IActionResult> OnPostAsync(string brigadeId, string bulletinId)
    {
        await Load(brigadeId, bulletinId);
        try
        {
            await sender.Send(new EditBulletin(Edit.Title, Edit.Body) { BulletinId = bulletinId });
            TempData["Message"] = "通报草稿已保存。";
            return Redirect(Path(brigadeId, bulletinId));
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, nameof(Edit)))
        {
        }

        return Page();
    }

    public async Task<IActionResult> OnPostIssueAsync(string brigadeId, string bulletinId)
    {
        await Load(brigadeId, bulletinId);
        var issued = await sender.Send(new IssueBulletin(bulletinId));
        TempData["Message"] = $"通报已签发：{issued.Number}。";
        return Redirect(Path(brigadeId, bulletinId));
    }

    private static string Path(string brigadeId, string bulletinId) =>
        $"/b/{Uri.EscapeDataString(brigadeId)}/bulletins/{Uri.EscapeDataString(bulletinId)}";

    private async Task Load(string brigadeId, string bulletinId)
    {
        var document = await sender.Send(new GetBulletinDocument(bulletinId));
        if (document.Bulletin.BrigadeId != brigadeId)
        {
            throw DomainException.NotFound("通报不存在。");
        }

        Bulletin = await sender.Send(new GetBulletin(bulletinId));
        Document = BulletinLayout.Build(document.Bulletin, document.Issuer);
        var caller = await sender.Send(new GetMe());
        CanEdit = !document.Bulletin.IsIssued && AccessPolicy.CanActOnBulletin(caller, brigadeId, false, BulletinAction.Edit);
        CanIssue = !document.Bulletin.IsIssued && AccessPolicy.CanActOnBulletin(caller, brigadeId, false, BulletinAction.Issue);
    }
}
