namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Attachments;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;
using Responsibility.Api.Instructions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// One instruction: what was asked, by whom and by when, every step since with the answers' files, and the step the
/// caller may take; the answer form takes evidence files as the task page's report form does.
/// </summary>
[RequestSizeLimit(PageUploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = PageUploads.MaxRequestBytes)]
public sealed class InstructionModel(ISender sender, PermissionCheck permissions, IGrainFactory grains) : PageModel
{
    [BindProperty]
    public string? Answer { get; set; }

    /// <summary>佐证材料 chosen in the answer form.</summary>
    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    /// <summary>Files of an earlier, refused answer that the form sends again.</summary>
    [BindProperty]
    public string[] AttachmentIds { get; set; } = [];

    public AttachmentResponse[] KeptFiles { get; private set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    public InstructionResponse Instruction { get; private set; } = null!;

    public Caller Caller { get; private set; } = null!;

    public string TimeZone { get; private set; } = "";

    // Only what to offer; the requests' permissions decide what is accepted.
    // A 支队督办 is answered by the brigade's leaders (never by a detachment account reading the brigade).
    public bool CanAnswer => (Instruction.DetachmentId is null
            ? Caller.Role == Role.UnitHead && Caller.UnitId == Instruction.UnitId
            : Caller.Role == Role.BrigadeLeader && !Caller.ReadOnly && Caller.BrigadeId == Instruction.BrigadeId)
        && Instruction.Status != InstructionStatus.Closed;

    /// <summary>The caller may close and reopen it (SPEC §3): the same check the requests make.</summary>
    public bool MayClose { get; private set; }

    public bool CanClose => MayClose && Instruction.Status != InstructionStatus.Closed;

    public bool CanReopen => MayClose && (Instruction.Status == InstructionStatus.Closed || Instruction.Answered);

    public Task OnGetAsync(string instructionId) => Load(instructionId);

    public async Task<IActionResult> OnPostAnswerAsync(string instructionId, CancellationToken cancellationToken)
    {
        // Files are taken even when the answer is refused, so the person fixes the text without choosing them again.
        var uploaded = await PageUploads.Upload(sender, Files, ModelState, nameof(Files), cancellationToken);
        AttachmentIds = [.. AttachmentIds, .. uploaded ?? []];
        if (ModelState.IsValid && uploaded is not null)
        {
            var files = AttachmentIds.Length == 0 ? "" : $"（附佐证材料 {AttachmentIds.Length} 份）";
            var result = await Step(
                instructionId,
                () => sender.Send(new AnswerInstruction(Answer?.Trim(), AttachmentIds) { InstructionId = instructionId }, cancellationToken).AsTask(),
                $"已答复{files}，等待领导办结。",
                new() { ["text"] = nameof(Answer), ["attachmentIds"] = nameof(Files) });
            if (result is RedirectToPageResult)
            {
                return result;
            }
        }
        else
        {
            await Load(instructionId);
        }

        // Files taken before the refusal stay with the form: their uploader may read them until they are attached.
        KeptFiles = await PageUploads.Kept(sender, AttachmentIds, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostCloseAsync(string instructionId) => Step(
        instructionId, () => sender.Send(new CloseInstruction(instructionId)).AsTask(), "该批示已办结。", []);

    public Task<IActionResult> OnPostReopenAsync(string instructionId) => Step(
        instructionId, () => sender.Send(new ReopenInstruction(Reason?.Trim()) { InstructionId = instructionId }).AsTask(),
        "已重新交办，承办单位将在待办中看到。", new() { ["reason"] = nameof(Reason) });

    private async Task<IActionResult> Step(string instructionId, Func<Task> send, string done, Dictionary<string, string> fields)
    {
        try
        {
            await send();
            TempData["Message"] = done;
            return RedirectToPage(new { instructionId });
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, "", fields))
        {
        }

        await Load(instructionId);
        return Page();
    }

    private async Task Load(string instructionId)
    {
        Instruction = await sender.Send(new GetInstruction(instructionId));
        Caller = await sender.Send(new GetMe());
        MayClose = await permissions.Allows(Caller, new Permission.Instruction(instructionId, InstructionAction.Close));
        // A detachment account reads its own 督办 at its level, in the detachment's time zone.
        TimeZone = Caller.AtDetachment
            ? (await grains.GetGrain<Grains.Abstractions.IDetachmentGrain>(Caller.Detachment!.DetachmentId).GetInfo()).Settings.TimeZone
            : (await sender.Send(new GetBrigade(Instruction.BrigadeId))).Settings.TimeZone;
    }
}
