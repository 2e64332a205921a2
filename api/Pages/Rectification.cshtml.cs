namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Attachments;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;
using Responsibility.Api.Oversight;
using Responsibility.Grains.Abstractions.Oversight;

/// <summary>
/// One 整改 item: the finding, its dates (original and current), every step with its files, the unit head's report form
/// (evidence uploaded as the instruction page's answer form does) and 销号 / 退回 for whoever may check it.
/// </summary>
[RequestSizeLimit(PageUploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = PageUploads.MaxRequestBytes)]
public sealed class RectificationModel(ISender sender, PermissionCheck permissions) : PageModel
{
    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    /// <summary>Files of an earlier, refused report that the form sends again.</summary>
    [BindProperty]
    public string[] AttachmentIds { get; set; } = [];

    public AttachmentResponse[] KeptFiles { get; private set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    public RectificationResponse Item { get; private set; } = null!;

    public string TimeZone { get; private set; } = "";

    public bool CanReport { get; private set; }

    public bool CanCheck { get; private set; }

    public Task OnGetAsync(string brigadeId, string rectificationId) => Load(brigadeId, rectificationId);

    public async Task<IActionResult> OnPostReportAsync(string brigadeId, string rectificationId, CancellationToken cancellationToken)
    {
        // Files are taken even when the report is refused, so the person fixes the text without choosing them again.
        var uploaded = await PageUploads.Upload(sender, Files, ModelState, nameof(Files), cancellationToken);
        AttachmentIds = [.. AttachmentIds, .. uploaded ?? []];
        if (ModelState.IsValid && uploaded is not null)
        {
            var files = AttachmentIds.Length == 0 ? "" : $"（附佐证材料 {AttachmentIds.Length} 份）";
            var result = await Step(
                brigadeId, rectificationId,
                () => sender.Send(new ReportRectification(Text?.Trim(), AttachmentIds) { RectificationId = rectificationId }, cancellationToken).AsTask(),
                $"整改情况已报送{files}，等待核查销号。",
                new() { ["text"] = nameof(Text), ["attachmentIds"] = nameof(Files) });
            if (result is RedirectResult)
            {
                return result;
            }
        }
        else
        {
            await Load(brigadeId, rectificationId);
        }

        KeptFiles = await PageUploads.Kept(sender, AttachmentIds, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostCloseAsync(string brigadeId, string rectificationId) => Step(
        brigadeId, rectificationId, () => sender.Send(new CloseRectification(rectificationId)).AsTask(), "已销号。", []);

    public Task<IActionResult> OnPostReturnAsync(string brigadeId, string rectificationId) => Step(
        brigadeId, rectificationId, () => sender.Send(new ReturnRectification(Reason?.Trim()) { RectificationId = rectificationId }).AsTask(),
        "已退回，责任单位将在待办中看到。", new() { ["reason"] = nameof(Reason) });

    private async Task<IActionResult> Step(
        string brigadeId, string rectificationId, Func<Task> send, string done, Dictionary<string, string> fields)
    {
        try
        {
            await send();
            TempData["Message"] = done;
            return Redirect($"/b/{Uri.EscapeDataString(brigadeId)}/rectifications/{rectificationId}");
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, "", fields))
        {
        }

        await Load(brigadeId, rectificationId);
        return Page();
    }

    private async Task Load(string brigadeId, string rectificationId)
    {
        Item = await sender.Send(new GetRectification(rectificationId));
        if (Item.BrigadeId != brigadeId)
        {
            throw Grains.Abstractions.DomainException.NotFound("整改事项不存在。");
        }

        var caller = await sender.Send(new GetMe());
        var open = Item.State != RectificationState.Closed;
        CanReport = open && await permissions.Allows(caller, new Permission.Rectification(rectificationId, RectificationAction.Report));
        CanCheck = Item.State == RectificationState.Reported
            && await permissions.Allows(caller, new Permission.Rectification(rectificationId, RectificationAction.Check));
        TimeZone = (await sender.Send(new GetBrigade(brigadeId))).Settings.TimeZone;
    }
}
