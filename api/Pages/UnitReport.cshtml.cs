namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;
using Responsibility.Api.Progress;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Org;

/// <summary>
/// 本月填报: a unit head reports every task of the unit on one page, one shared 发生日期 and one submit. Each filled row
/// becomes one entry with its own key (minted when the page renders, so a resent page counts once); a refused row
/// keeps its figures and its error while the others are stored.
/// </summary>
public sealed class UnitReportModel(ISender sender) : PageModel
{
    [BindProperty]
    public List<ReportInput> Rows { get; set; } = [];

    [BindProperty]
    public DateOnly? OccurredOn { get; set; }

    public BrigadeInfo Brigade { get; private set; } = null!;

    public string UnitName { get; private set; } = "";

    public DateOnly Today { get; private set; }

    /// <summary>The unit's tasks of the year, by code.</summary>
    public TaskEntries[] Tasks { get; private set; } = [];

    /// <summary>What this submission stored, by task id, for the rows shown again beside refused ones.</summary>
    public Dictionary<string, string> Stored { get; } = [];

    public int Refused { get; private set; }

    public async Task OnGetAsync(string brigadeId, string unitId)
    {
        await Load(brigadeId, unitId);
        OccurredOn = Today;
        Rows = Tasks.Select(t => NewRow(t.Task.Id)).ToList();
    }

    public async Task<IActionResult> OnPostAsync(string brigadeId, string unitId)
    {
        await Load(brigadeId, unitId);
        if (OccurredOn > Today)
        {
            ModelState.AddModelError(nameof(OccurredOn), "发生日期不能晚于今天。");
        }

        if (ModelState[nameof(OccurredOn)] is not { Errors.Count: > 0 })
        {
            await SendRows();
        }

        if (Stored.Count > 0 && Refused == 0)
        {
            TempData["Message"] = $"已填报 {Stored.Count} 项任务。";
            return RedirectToPage("/Unit", new { brigadeId, unitId });
        }

        if (Stored.Count == 0 && ModelState.IsValid)
        {
            ModelState.AddModelError("", "尚未填写任何任务的数值。");
        }

        // Show the figures as they now stand, the rows just stored among them; a task added meanwhile gets a row too.
        await Load(brigadeId, unitId);
        Rows.AddRange(Tasks.Where(t => Rows.All(r => r.TaskId != t.Task.Id)).Select(t => NewRow(t.Task.Id)));
        return Page();
    }

    public TaskEntries? Find(string? taskId) => Array.Find(Tasks, t => t.Task.Id == taskId);

    public static string Prefix(ReportInput row) => $"{nameof(Rows)}[{row.TaskId}]";

    public IEnumerable<string> Errors(ReportInput row) =>
        ModelState.FindKeysWithPrefix(Prefix(row)).SelectMany(e => e.Value.Errors).Select(e => e.ErrorMessage);

    private async Task SendRows()
    {
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            if (Find(row.TaskId) is not { } task)
            {
                continue;
            }

            if (Errors(row).Any())
            {
                Refused++;
            }
            else if (row.IsFilled)
            {
                if (await PageReports.Send(sender, row, task.Task, OccurredOn, ModelState, Prefix(row)) is { } result)
                {
                    Stored[task.Task.Id] = Display.EntryValue(task.Task.Metric, result.Entry.Value, result.Entry.Stage);
                    Rows[i] = NewRow(task.Task.Id);
                }
                else
                {
                    Refused++;
                }
            }
            else if (!string.IsNullOrWhiteSpace(row.Note))
            {
                ModelState.AddModelError($"{Prefix(row)}.{nameof(ReportInput.Value)}", "填写了情况说明，但没有填写本次数值。");
                Refused++;
            }
        }
    }

    private static ReportInput NewRow(string taskId) => new() { TaskId = taskId, IdempotencyKey = ReportInput.NewKey() };

    private async Task Load(string brigadeId, string unitId)
    {
        // Another brigade's page is missing (404), as the brigade is; in the brigade, only the unit's head reports.
        Brigade = await sender.Send(new GetBrigade(brigadeId));
        var caller = await sender.Send(new GetMe());
        if (caller.Role != Role.UnitHead || caller.UnitId != unitId || caller.BrigadeId != brigadeId)
        {
            throw new ForbiddenException("只有本单位的负责人可以填报本单位的进度。");
        }

        UnitName = Brigade.Units.FirstOrDefault(u => u.Id == unitId)?.Name ?? unitId;
        Today = BrigadeDay.Today(HttpContext.RequestServices, Brigade.Settings.TimeZone);
        var tasks = await sender.Send(new ListUnitEntries(brigadeId, unitId, Today.Year));
        Tasks = [.. tasks.OrderBy(t => t.Task.Code, StringComparer.Ordinal)];
    }
}
