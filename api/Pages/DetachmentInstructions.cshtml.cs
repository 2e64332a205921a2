namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Api.Common;
using Responsibility.Api.Detachments;
using Responsibility.Api.Instructions;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Detachments;

/// <summary>
/// 支队督办: the detachment's 督办 to its brigades (brigade, due date, where each stands), and for a DetachmentLeader the form
/// to issue one to a brigade's leaders. Each opens on the instruction page, where the detachment's leaders close it.
/// </summary>
public sealed class DetachmentInstructionsModel(ISender sender, IGrainFactory grains) : PageModel
{
    [BindProperty]
    public DetachmentInstructionInput Input { get; set; } = new();

    public DetachmentInfo Detachment { get; private set; } = null!;

    public InstructionResponse[] Instructions { get; private set; } = [];

    // Only whether to offer the form; InstructBrigade's permission decides.
    public bool CanInstruct { get; private set; }

    public Task OnGetAsync(string detachmentId) => Load(detachmentId);

    public async Task<IActionResult> OnPostAsync(string detachmentId)
    {
        await Load(detachmentId);
        if (!Array.Exists(Detachment.Brigades, b => b.BrigadeId == Input.BrigadeId?.Trim()))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.BrigadeId)}", "请选择本支队的大队。");
            return Page();
        }

        try
        {
            var issued = await sender.Send(new InstructBrigade(Input.Text?.Trim(), Input.DueDate)
            {
                DetachmentId = detachmentId, BrigadeId = Input.BrigadeId?.Trim() ?? "",
            });
            TempData["Message"] = $"已向{issued.UnitName}下达督办。";
            return Redirect($"/instructions/{issued.Id}");
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, nameof(Input)))
        {
        }

        await Load(detachmentId);
        return Page();
    }

    private async Task Load(string detachmentId)
    {
        Instructions = await sender.Send(new ListDetachmentInstructions(detachmentId));
        Detachment = await grains.GetGrain<IDetachmentGrain>(detachmentId).GetInfo();
        CanInstruct = AccessPolicy.CanActOnDetachment(await sender.Send(new GetMe()), detachmentId, DetachmentAction.Instruct);
    }
}

/// <summary>The 督办 form: the brigade, what is asked, by when.</summary>
public sealed class DetachmentInstructionInput
{
    public string? BrigadeId { get; set; }

    public string? Text { get; set; }

    public DateOnly? DueDate { get; set; }
}
