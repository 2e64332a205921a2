namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;
using Responsibility.Api.Instructions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>One instruction: what was asked, by whom and by when, every step since, and the step the caller may take.</summary>
public sealed class InstructionModel(ISender sender) : PageModel
{
    [BindProperty]
    public string? Answer { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public InstructionResponse Instruction { get; private set; } = null!;

    public Caller Caller { get; private set; } = null!;

    public string TimeZone { get; private set; } = "";

    // Only what to offer; the requests' permissions decide what is accepted.
    public bool CanAnswer => Caller.Role == Role.UnitHead && Caller.UnitId == Instruction.UnitId && Instruction.Status != InstructionStatus.Closed;

    public bool IsAuthor => Caller.Username == Instruction.Author;

    public bool CanClose => IsAuthor && Instruction.Status != InstructionStatus.Closed;

    public bool CanReopen => IsAuthor && (Instruction.Status == InstructionStatus.Closed || Instruction.Answered);

    public Task OnGetAsync(string instructionId) => Load(instructionId);

    public Task<IActionResult> OnPostAnswerAsync(string instructionId) => Step(
        instructionId, () => sender.Send(new AnswerInstruction(Answer?.Trim(), null) { InstructionId = instructionId }).AsTask(),
        "已答复，等待批示领导办结。", new() { ["text"] = nameof(Answer) });

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
        TimeZone = (await sender.Send(new GetBrigade(Instruction.BrigadeId))).Settings.TimeZone;
    }
}
