namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;
using Responsibility.Api.Instructions;
using Responsibility.Api.Rollups;
using Responsibility.Api.Tasks;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// One 班子成员: the units they supervise (分管), their 一岗双责 — business and accountability side by side — and their
/// 责任清单: completion per line, slots due and 未履责, and their latest records where the caller may read them.
/// </summary>
public sealed class LeaderModel(ISender sender, PermissionCheck permissions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    public BrigadeInfo Brigade { get; private set; } = null!;

    public LeaderRollupResponse Rollup { get; private set; } = null!;

    public LeaderDefinition? Leader { get; private set; }

    public TaskResponse[] Tasks { get; private set; } = [];

    public int Year { get; private set; }

    /// <summary>What this leader supervises (督办), as far as the caller may read it; a Viewer reads none (null).</summary>
    public InstructionResponse[]? Instructions { get; private set; }

    public HolderDuties Duties { get; private set; } = null!;

    public IEnumerable<(DutyLine Line, RollupResponse Rollup, TaskTable Tasks)> Lines =>
        [
            (DutyLine.Business, Rollup.Business, new TaskTable(Tasks.Where(t => t.DutyLine == DutyLine.Business).ToArray(), Brigade)),
            (DutyLine.Accountability, Rollup.Accountability,
                new TaskTable(Tasks.Where(t => t.DutyLine == DutyLine.Accountability).ToArray(), Brigade)),
        ];

    public async Task OnGetAsync(string brigadeId, string leaderId)
    {
        var asOf = ModelState.IsValid ? AsOf : null;
        Rollup = await sender.Send(new GetLeaderRollup(brigadeId, leaderId, null, asOf));
        Brigade = await sender.Send(new GetBrigade(brigadeId));
        Leader = Brigade.Leaders.FirstOrDefault(l => l.Id == leaderId);
        // 截至 shows the day the figures stand at, today unless another was asked for, as on the dashboard.
        AsOf = asOf ?? BrigadeDay.Today(HttpContext.RequestServices, Brigade.Settings.TimeZone);
        Year = AsOf.Value.Year;
        Tasks = await sender.Send(new ListTasks(brigadeId, Year, null, leaderId, null, null, asOf));
        var caller = await sender.Send(new GetMe());
        Instructions = caller.Role == Role.Viewer ? null : await sender.Send(new ListInstructions(brigadeId, null, leaderId, null));
        Duties = await HolderDuties.Load(sender, permissions, caller, DutyHolder.Leader(brigadeId, leaderId), Year, asOf);
    }
}
