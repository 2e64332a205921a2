namespace Responsibility.Api.Pages.Admin;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Tasks;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// Changes a task's title, target and due date; the version read with the form guards against lost updates. A Rate's
/// target is shown and typed as a percentage (90), as on the new-task form.
/// </summary>
public sealed class EditTaskModel(ISender sender) : PageModel
{
    private static readonly IReadOnlySet<string> Shown = new HashSet<string> { nameof(Title), nameof(Target), nameof(Due) };

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public double? Target { get; set; }

    [BindProperty]
    public DateOnly? Due { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public TaskResponse Task { get; private set; } = null!;

    public string BrigadeId { get; private set; } = "";

    public async Task OnGetAsync(string brigadeId, string taskId)
    {
        await Load(brigadeId, taskId);
        var target = Display.IsPercent(Task.Metric) ? PercentInput.ToPercent(Task.Metric.Target) : Task.Metric.Target;
        (Title, Target, Due, Version) = (Task.Title, target, Task.Due, Task.Version);
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
        if (string.IsNullOrWhiteSpace(Title))
        {
            ModelState.AddModelError(nameof(Title), "不能为空。");
        }

        if (Due is null && ModelState.GetValidationState(nameof(Due)) != ModelValidationState.Invalid)
        {
            ModelState.AddModelError(nameof(Due), "不能为空。");
        }

        if (ModelState.IsValid)
        {
            try
            {
                var target = Task.Metric.Kind == MetricKind.Milestone ? null : percent ? PercentInput.ToFraction(Target) : Target;
                var patch = new UpdateTask(Title?.Trim(), null, null, null, null, target, null, null, null, Due, null, null)
                {
                    TaskId = taskId,
                    ExpectedVersion = Version,
                };
                var task = await sender.Send(patch);
                TempData["Message"] = $"任务 {task.Code} 已保存。";
                return RedirectToPage("/Admin/Tasks", new { brigadeId, year = task.Year });
            }
            catch (Exception e) when (RequestErrors.AddTo(ModelState, e, ""))
            {
            }
        }

        FormErrors.ShowUnplaced(ModelState, Shown);
        return Page();
    }

    private async Task Load(string brigadeId, string taskId)
    {
        await AdminAccess.Require(sender, brigadeId);
        BrigadeId = brigadeId;
        Task = await sender.Send(new GetTask(taskId, null));
    }
}
