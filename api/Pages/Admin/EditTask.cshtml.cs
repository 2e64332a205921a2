namespace Responsibility.Api.Pages.Admin;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Brigades;
using Responsibility.Api.Tasks;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// Changes every field of a task an Admin may change (all but the year, the code and the kind of metric); the version
/// read with the form guards against lost updates. A Rate's target is shown and typed as a percentage (90), as on the
/// new-task form; "默认" for the leader is whoever supervises the unit chosen.
/// </summary>
public sealed class EditTaskModel(ISender sender) : PageModel
{
    private static readonly IReadOnlySet<string> Shown = new HashSet<string>
    {
        nameof(Title), nameof(Category), nameof(UnitId), nameof(LeaderId), nameof(DutyLine), nameof(Target), nameof(UnitLabel),
        nameof(Weight), nameof(Start), nameof(Due), nameof(IndicatorCode),
    };

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Category { get; set; }

    [BindProperty]
    public string? UnitId { get; set; }

    [BindProperty]
    public string? LeaderId { get; set; }

    [BindProperty]
    public DutyLine? DutyLine { get; set; }

    [BindProperty]
    public double? Target { get; set; }

    [BindProperty]
    public string? UnitLabel { get; set; }

    [BindProperty]
    public double? Weight { get; set; }

    [BindProperty]
    public DateOnly? Start { get; set; }

    [BindProperty]
    public DateOnly? Due { get; set; }

    [BindProperty]
    public string? IndicatorCode { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public TaskResponse Task { get; private set; } = null!;

    public BrigadeInfo Brigade { get; private set; } = null!;

    public async Task OnGetAsync(string brigadeId, string taskId)
    {
        await Load(brigadeId, taskId);
        var t = Task;
        (Title, Category, UnitId, LeaderId, DutyLine) = (t.Title, t.Category, t.UnitId, t.LeaderId, t.DutyLine);
        Target = Display.IsPercent(t.Metric) ? PercentInput.ToPercent(t.Metric.Target) : t.Metric.Target;
        (UnitLabel, Weight, Start, Due, IndicatorCode, Version) = (t.Metric.UnitLabel, t.Weight, t.Start, t.Due, t.IndicatorCode, t.Version);
    }

    public async Task<IActionResult> OnPostAsync(string brigadeId, string taskId)
    {
        await Load(brigadeId, taskId);
        var percent = Display.IsPercent(Task.Metric);
        if (percent && Target is not null && !PercentInput.IsTarget(Target))
        {
            ModelState.AddModelError(nameof(Target), PercentInput.TargetRange);
        }

        // The PATCH leaves out what is null; an emptied field on this form means a mistake, not "keep it".
        Require(nameof(Title), Title);
        Require(nameof(Category), Category);
        Require(nameof(UnitId), UnitId);
        Require(nameof(Start), Start);
        Require(nameof(Due), Due);
        if (Task.Metric.Kind != MetricKind.Milestone)
        {
            Require(nameof(Target), Target);
        }

        if (ModelState.IsValid)
        {
            try
            {
                var task = await sender.Send(Patch() with { TaskId = taskId, ExpectedVersion = Version });
                TempData["Message"] = $"任务 {task.Code} 已保存。";
                return RedirectToPage("/Admin/Tasks", new { brigadeId, year = task.Year });
            }
            catch (Exception e) when (RequestErrors.AddTo(ModelState, e, "", Fields))
            {
            }
        }

        FormErrors.ShowUnplaced(ModelState, Shown);
        return Page();
    }

    /// <summary>The request's field names (<c>metric.target</c>) as this form's keys.</summary>
    private static Dictionary<string, string> Fields => new()
    {
        ["title"] = nameof(Title), ["category"] = nameof(Category), ["unitId"] = nameof(UnitId), ["leaderId"] = nameof(LeaderId),
        ["dutyLine"] = nameof(DutyLine), ["target"] = nameof(Target), ["metric.target"] = nameof(Target),
        ["unitLabel"] = nameof(UnitLabel), ["weight"] = nameof(Weight), ["start"] = nameof(Start), ["due"] = nameof(Due),
        ["indicatorCode"] = nameof(IndicatorCode),
    };

    private UpdateTask Patch()
    {
        var kind = Task.Metric.Kind;
        var target = kind == MetricKind.Milestone ? null : Display.IsPercent(Task.Metric) ? PercentInput.ToFraction(Target) : Target;
        var unitId = UnitId!.Trim();
        // 默认: the leader who supervises the unit now, as a new task gets.
        var leaderId = string.IsNullOrWhiteSpace(LeaderId)
            ? Array.Find(Brigade.Leaders, l => l.UnitIds.Contains(unitId))?.Id ?? Task.LeaderId
            : LeaderId.Trim();
        return new UpdateTask(
            Title!.Trim(), Category!.Trim(), unitId, leaderId, DutyLine, target,
            kind == MetricKind.Count ? UnitLabel?.Trim() ?? "" : null, Weight, Start, Due, IndicatorCode?.Trim() ?? "", null);
    }

    private void Require(string key, object? value)
    {
        if ((value is null || value is string s && string.IsNullOrWhiteSpace(s)) && ModelState.GetValidationState(key) != ModelValidationState.Invalid)
        {
            ModelState.AddModelError(key, "不能为空。");
        }
    }

    private async Task Load(string brigadeId, string taskId)
    {
        await AdminAccess.Require(sender, brigadeId);
        Brigade = await sender.Send(new GetBrigade(brigadeId));
        Task = await sender.Send(new GetTask(taskId, null));
    }
}
