namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;
using Responsibility.Api.Duties;
using Responsibility.Api.Rollups;
using Responsibility.Api.Tasks;
using Responsibility.Grains.Abstractions.Org;

/// <summary>
/// The brigade at a glance (大队总览): overall pace, 红黄绿灯 and what they mean, units, leaders' two duty lines,
/// lagging tasks, and the year's task list filtered on the server. Open to every account of the brigade.
/// </summary>
public sealed class DashboardModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Leader { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Line { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public BrigadeInfo Brigade { get; private set; } = null!;

    public BrigadeRollupResponse Rollup { get; private set; } = null!;

    /// <summary>The year's tasks by id, judged at the same date as the rollup.</summary>
    public Dictionary<string, TaskResponse> AllTasks { get; private set; } = [];

    public TaskListFilter Filter => new(Unit, Leader, Line, Status, Q);

    public TaskTable Listed { get; private set; } = null!;

    public StatusThresholds Thresholds => Brigade.Settings.Thresholds;

    /// <summary>The year's 责任书: the 签订率 is signed of all pairs.</summary>
    public PledgeListResponse Pledges { get; private set; } = null!;

    /// <summary>Whether to offer the 台账 download; ExportLedger's permission decides.</summary>
    public bool CanExportLedger { get; private set; }

    public bool CanReadRisks { get; private set; }

    /// <summary>The running 考核 ranking of units (the period containing today), when the year has a scheme.</summary>
    public Appraisal.ScoresResponse? Ranking { get; private set; }

    public async Task OnGetAsync(string brigadeId)
    {
        var asOf = ModelState.IsValid ? AsOf : null;
        Brigade = await sender.Send(new GetBrigade(brigadeId));
        var caller = await sender.Send(new GetMe());
        CanExportLedger = AccessPolicy.CanReadBrigade(caller, brigadeId, BrigadeAction.ExportLedger);
        CanReadRisks = AccessPolicy.CanReadBrigade(caller, brigadeId, BrigadeAction.ReadRisks);
        Rollup = await sender.Send(new GetBrigadeRollup(brigadeId, null, asOf));
        var tasks = await sender.Send(new ListTasks(brigadeId, Rollup.Year, null, null, null, null, asOf));
        Pledges = await sender.Send(new ListPledges(brigadeId, Rollup.Year));
        AllTasks = tasks.ToDictionary(t => t.Id);
        var scheme = await sender.Send(new Appraisal.GetAppraisalScheme(brigadeId, Rollup.Year));
        if (scheme.Indicators.Length > 0)
        {
            var today = BrigadeDay.Today(HttpContext.RequestServices, Brigade.Settings.TimeZone);
            Ranking = await sender.Send(new Appraisal.GetAppraisalScores(
                brigadeId, Rollup.Year, AppraisalDisplay.Current(Rollup.Year, scheme.Period, today), Appraisal.AppraisalSubjects.Units, null));
        }
        Listed = new TaskTable(Filter.Apply(tasks.OrderBy(t => t.Code, StringComparer.Ordinal)), Brigade);
    }

    /// <summary>Indicator codes are slugs (drunk-driving); people read the title of a task that carries the code.</summary>
    public string IndicatorName(string code) =>
        IndicatorTask(code) is { } task ? Display.WithoutBracket(task.Title) : code;

    public string IndicatorFigure(string code, double value) =>
        IndicatorTask(code) is { } task ? Display.Figure(task.Metric, value) : Display.Number(value);

    public string UnitName(string unitId) => Brigade.Units.FirstOrDefault(u => u.Id == unitId)?.Name ?? unitId;

    private TaskResponse? IndicatorTask(string code) => AllTasks.Values.FirstOrDefault(t => t.IndicatorCode == code);
}
