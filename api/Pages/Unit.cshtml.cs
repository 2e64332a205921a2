namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;
using Responsibility.Api.Progress;
using Responsibility.Api.Rollups;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Org;

/// <summary>One unit (基层单位): its rollup, its year's tasks with their lights, and the entries returned to it.</summary>
public sealed class UnitModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    public BrigadeInfo Brigade { get; private set; } = null!;

    public UnitRollupResponse Rollup { get; private set; } = null!;

    public TaskTable Tasks { get; private set; } = null!;

    /// <summary>被退回 entries the caller may read, newest return first.</summary>
    public ReturnedEntry[] Returned { get; private set; } = [];

    public bool CanReport { get; private set; }

    public int Year { get; private set; }

    public async Task OnGetAsync(string brigadeId, string unitId)
    {
        var asOf = ModelState.IsValid ? AsOf : null;
        Rollup = await sender.Send(new GetUnitRollup(brigadeId, unitId, null, asOf));
        Brigade = await sender.Send(new GetBrigade(brigadeId));
        var caller = await sender.Send(new GetMe());
        CanReport = caller.Role == Role.UnitHead && caller.UnitId == unitId;
        Year = (asOf ?? BrigadeDay.Today(HttpContext.RequestServices, Brigade.Settings.TimeZone)).Year;
        var tasks = await sender.Send(new ListUnitEntries(brigadeId, unitId, Year, asOf));
        Tasks = new TaskTable(tasks.Select(t => t.Task).ToArray(), Brigade);
        Returned = await ReturnedEntry.Of(sender, brigadeId, tasks);
    }
}
