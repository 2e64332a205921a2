namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Brigades;
using Responsibility.Api.Rollups;
using Responsibility.Api.Tasks;
using Responsibility.Grains.Abstractions.Org;

/// <summary>The brigade at a glance (大队总览): overall pace, 红黄绿灯, units, leaders' two duty lines, lagging tasks.</summary>
public sealed class DashboardModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    public BrigadeInfo Brigade { get; private set; } = null!;

    public BrigadeRollupResponse Rollup { get; private set; } = null!;

    /// <summary>Indicator codes are slugs (drunk-driving); people read the title of a task that carries the code.</summary>
    public Dictionary<string, TaskResponse> IndicatorTasks { get; private set; } = [];

    public StatusThresholds Thresholds => Brigade.Settings.Thresholds;

    public async Task OnGetAsync(string brigadeId)
    {
        var asOf = ModelState.IsValid ? AsOf : null;
        Brigade = await sender.Send(new GetBrigade(brigadeId));
        Rollup = await sender.Send(new GetBrigadeRollup(brigadeId, null, asOf));
        if (Rollup.Indicators.Length > 0)
        {
            var tasks = await sender.Send(new ListTasks(brigadeId, Rollup.Year, null, null, null, null, asOf));
            IndicatorTasks = tasks.Where(t => t.IndicatorCode is not null)
                .GroupBy(t => t.IndicatorCode!)
                .ToDictionary(g => g.Key, g => g.First());
        }
    }

    public string IndicatorName(string code) =>
        IndicatorTasks.TryGetValue(code, out var task) ? Display.WithoutBracket(task.Title) : code;

    public string IndicatorFigure(string code, double value) =>
        IndicatorTasks.TryGetValue(code, out var task) ? Display.Figure(task.Metric, value) : Display.Number(value);

    public string UnitName(string unitId) => Brigade.Units.FirstOrDefault(u => u.Id == unitId)?.Name ?? unitId;
}
