namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Brigades;
using Responsibility.Api.Rollups;
using Responsibility.Api.Tasks;
using Responsibility.Grains.Abstractions.Org;

/// <summary>One unit (基层单位): its rollup and its year's tasks with their lights.</summary>
public sealed class UnitModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    public BrigadeInfo Brigade { get; private set; } = null!;

    public UnitRollupResponse Rollup { get; private set; } = null!;

    public TaskTable Tasks { get; private set; } = null!;

    public int Year { get; private set; }

    public async Task OnGetAsync(string brigadeId, string unitId)
    {
        var asOf = ModelState.IsValid ? AsOf : null;
        Rollup = await sender.Send(new GetUnitRollup(brigadeId, unitId, null, asOf));
        Brigade = await sender.Send(new GetBrigade(brigadeId));
        Year = (asOf ?? BrigadeDay.Today(HttpContext.RequestServices, Brigade.Settings.TimeZone)).Year;
        var tasks = await sender.Send(new ListTasks(brigadeId, Year, unitId, null, null, null, asOf));
        Tasks = new TaskTable(tasks, Brigade);
    }
}
