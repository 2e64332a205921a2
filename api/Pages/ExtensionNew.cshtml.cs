namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Attachments;
using Responsibility.Api.Brigades;
using Responsibility.Api.Oversight;
using Responsibility.Grains.Abstractions.Oversight;

/// <summary>
/// 申请延期 of one target, named by the query (<c>kind</c>, <c>id</c>, a slot's <c>unit</c> or <c>leader</c>); the request's
/// permission decides who may send it, and a leader past the due date sets the new date with the same form. Evidence is
/// uploaded as the 整改 report form does.
/// </summary>
[RequestSizeLimit(PageUploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = PageUploads.MaxRequestBytes)]
public sealed class ExtensionNewModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ExtensionTargetKind Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "id")]
    public string? TargetId { get; set; }

    [BindProperty(SupportsGet = true, Name = "unit")]
    public string? UnitId { get; set; }

    [BindProperty(SupportsGet = true, Name = "leader")]
    public string? LeaderId { get; set; }

    [BindProperty]
    public DateOnly? ProposedDue { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Progress { get; set; }

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    /// <summary>Files of an earlier, refused submission that the form sends again.</summary>
    [BindProperty]
    public string[] AttachmentIds { get; set; } = [];

    public AttachmentResponse[] KeptFiles { get; private set; } = [];

    public string BrigadeId { get; private set; } = "";

    private static Dictionary<string, string> Fields => new()
    {
        ["proposedDue"] = nameof(ProposedDue), ["reason"] = nameof(Reason), ["progress"] = nameof(Progress), ["attachmentIds"] = nameof(Files),
    };

    public async Task OnGetAsync(string brigadeId)
    {
        // Another brigade's page is missing (404), as the brigade is.
        await sender.Send(new GetBrigade(brigadeId));
        BrigadeId = brigadeId;
    }

    public async Task<IActionResult> OnPostAsync(string brigadeId, CancellationToken cancellationToken)
    {
        BrigadeId = brigadeId;
        // Files are taken even when the request is refused, so the person fixes a field without choosing them again.
        var uploaded = await PageUploads.Upload(sender, Files, ModelState, nameof(Files), cancellationToken);
        AttachmentIds = [.. AttachmentIds, .. uploaded ?? []];
        try
        {
            if (uploaded is null)
            {
                KeptFiles = await PageUploads.Kept(sender, AttachmentIds, cancellationToken);
                return Page();
            }

            var target = new ExtensionTarget(Kind, TargetId ?? "", UnitId, LeaderId);
            var asked = await sender.Send(
                new RequestExtension(target, ProposedDue, Reason?.Trim(), Progress?.Trim(), AttachmentIds), cancellationToken);
            TempData["Message"] = asked.State == ExtensionState.Granted
                ? $"已设定新的时限：{Display.Date(asked.ProposedDue)}。"
                : $"延期申请已提交，等待{asked.Approver.Name}审批。";
            return RedirectToPage("/Extensions", new { brigadeId });
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, "", Fields))
        {
        }

        KeptFiles = await PageUploads.Kept(sender, AttachmentIds, cancellationToken);
        return Page();
    }
}
