namespace Responsibility.Api.Pages.Admin;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Brigades;
using Responsibility.Api.Tasks;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>The year's task list (年度任务清单) and the form that adds a task to it.</summary>
public sealed class TasksModel(ISender sender) : PageModel
{
    [BindProperty]
    public TaskInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public BrigadeInfo Brigade { get; private set; } = null!;

    public TaskResponse[] Tasks { get; private set; } = [];

    public async Task OnGetAsync(string brigadeId)
    {
        await Load(brigadeId);
        Input = new TaskInput
        {
            Year = Year, DutyLine = DutyLine.Business, Kind = MetricKind.Count, Weight = 1,
            Start = new DateOnly(Year!.Value, 1, 1), Due = new DateOnly(Year.Value, 12, 31),
        };
    }

    public async Task<IActionResult> OnPostAsync(string brigadeId)
    {
        if (Input.TargetProblem() is { } problem)
        {
            ModelState.AddModelError("Input.Target", problem);
        }

        if (ModelState.IsValid)
        {
            try
            {
                var task = await sender.Send(Input.ToRequest(brigadeId));
                TempData["Message"] = $"已新建任务 {task.Code}「{task.Title}」。";
                return RedirectToPage(new { brigadeId, year = task.Year });
            }
            catch (Exception e) when (RequestErrors.AddTo(ModelState, e, nameof(Input), TaskInput.Renamed))
            {
            }
        }

        FormErrors.ShowUnplaced(ModelState, TaskInput.Shown);
        Year = Input.Year;
        await Load(brigadeId);
        return Page();
    }

    private async Task Load(string brigadeId)
    {
        await AdminAccess.Require(sender, brigadeId);
        Brigade = await sender.Send(new GetBrigade(brigadeId));
        Year ??= BrigadeDay.Today(HttpContext.RequestServices, Brigade.Settings.TimeZone).Year;
        Tasks = await sender.Send(new ListTasks(brigadeId, Year, null, null, null, null, null));
    }
}
