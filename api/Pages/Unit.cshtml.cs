namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;
using Responsibility.Api.Duties;
using Responsibility.Api.Instructions;
using Responsibility.Api.Progress;
using Responsibility.Api.Rollups;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;

/// <summary>
/// One unit (基层单位): its rollup, its year's tasks with their lights, the entries returned to it, its 清单 items and
/// slots with its records, and its 廉政风险点.
/// </summary>
public sealed class UnitModel(ISender sender, PermissionCheck permissions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    public BrigadeInfo Brigade { get; private set; } = null!;

    public UnitRollupResponse Rollup { get; private set; } = null!;

    public TaskTable Tasks { get; private set; } = null!;

    /// <summary>被退回 entries the caller may read, newest return first.</summary>
    public ReturnedEntry[] Returned { get; private set; } = [];

    public bool CanReport { get; private set; }

    [BindProperty]
    public InstructionInput Instruction { get; set; } = new();

    /// <summary>The unit's instructions the caller may read; a Viewer reads none (null).</summary>
    public InstructionResponse[]? Instructions { get; private set; }

    // Only whether to offer the form; IssueUnitInstruction's permission decides.
    public bool CanInstruct { get; private set; }

    public int Year { get; private set; }

    public HolderDuties Duties { get; private set; } = null!;

    /// <summary>The unit's 廉政风险点 of the year; a Viewer reads none (null).</summary>
    public RiskRow[]? Risks { get; private set; }

    public Task OnGetAsync(string brigadeId, string unitId) => Load(brigadeId, unitId);

    public async Task<IActionResult> OnPostInstructAsync(string brigadeId, string unitId)
    {
        try
        {
            var issued = await sender.Send(
                new IssueUnitInstruction(Instruction.Text?.Trim(), Instruction.DueDate) { BrigadeId = brigadeId, UnitId = unitId });
            TempData["Message"] = "批示已下达，承办单位将在待办中看到。";
            return Redirect($"/instructions/{issued.Id}");
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, nameof(Instruction)))
        {
        }

        await Load(brigadeId, unitId);
        return Page();
    }

    private async Task Load(string brigadeId, string unitId)
    {
        var asOf = ModelState.IsValid ? AsOf : null;
        Rollup = await sender.Send(new GetUnitRollup(brigadeId, unitId, null, asOf));
        Brigade = await sender.Send(new GetBrigade(brigadeId));
        var caller = await sender.Send(new GetMe());
        CanReport = caller.Role == Role.UnitHead && caller.UnitId == unitId;
        // 截至 shows the day the figures stand at, today unless another was asked for, as on the dashboard.
        AsOf = asOf ?? BrigadeDay.Today(HttpContext.RequestServices, Brigade.Settings.TimeZone);
        Year = AsOf.Value.Year;
        var tasks = await sender.Send(new ListUnitEntries(brigadeId, unitId, Year, asOf));
        Tasks = new TaskTable(tasks.Select(t => t.Task).ToArray(), Brigade);
        Returned = await ReturnedEntry.Of(sender, brigadeId, tasks);
        Instructions = caller.Role == Role.Viewer ? null : await sender.Send(new ListInstructions(brigadeId, unitId, null, null));
        var supervisor = Brigade.Leaders.FirstOrDefault(l => l.Id == caller.LeaderId);
        CanInstruct = AccessPolicy.CanInstructUnit(caller, brigadeId, unitId, supervisor);
        Duties = await HolderDuties.Load(sender, permissions, caller, DutyHolder.Unit(brigadeId, unitId), Year, asOf);
        Risks = AccessPolicy.CanReadBrigade(caller, brigadeId, BrigadeAction.ReadRisks) ? await sender.Send(new ListRisks(brigadeId, Year, unitId)) : null;
    }
}
