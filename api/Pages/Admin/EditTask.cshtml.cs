namespace Responsibility.Api.Pages.Admin;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Tasks;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>Changes a task's title, target and due date; the version read with the form guards against lost updates.</summary>
public sealed class EditTaskModel(ISender sender) : PageModel
{
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
        (Title, Target, Due, Version) = (Task.Title, Task.Metric.Target, Task.Due, Task.Version);
    }

    public async Task<IActionResult> OnPostAsync(string brigadeId, string taskId)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var milestone = (await sender.Send(new GetTask(taskId, null))).Metric.Kind == MetricKind.Milestone;
                var patch = new UpdateTask(Title?.Trim(), null, null, null, null, milestone ? null : Target, null, null, null, Due, null, null)
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

        await Load(brigadeId, taskId);
        return Page();
    }

    private async Task Load(string brigadeId, string taskId)
    {
        await AdminAccess.Require(sender, brigadeId);
        BrigadeId = brigadeId;
        Task = await sender.Send(new GetTask(taskId, null));
    }
}
