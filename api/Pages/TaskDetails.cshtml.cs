namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Attachments;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;
using Responsibility.Api.Instructions;
using Responsibility.Api.Progress;
using Responsibility.Api.Tasks;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// A task, its latest 填报 (returned entries struck through, files listed for download) with older ones a page further,
/// the report form with its evidence files, and the 退回 buttons.
/// </summary>
[RequestSizeLimit(PageUploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = PageUploads.MaxRequestBytes)]
public sealed class TaskDetailsModel(ISender sender) : PageModel
{
    /// <summary>Entries shown at once, newest recorded first; 较早的填报 shows the next ones.</summary>
    public const int PageSize = 20;

    [BindProperty]
    public ReportInput Input { get; set; } = new();

    /// <summary>佐证材料 chosen in the report form.</summary>
    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    /// <summary>Files of an earlier, refused submission that the form sends again.</summary>
    public AttachmentResponse[] KeptFiles { get; private set; } = [];

    [BindProperty]
    public string? EntryId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public InstructionInput Instruction { get; set; } = new();

    /// <summary>The task's instructions (批示), read where its entries are read.</summary>
    public InstructionResponse[] Instructions { get; private set; } = [];

    public TaskResponse Task { get; private set; } = null!;

    /// <summary>The entries of this page: the latest, or those before <see cref="Cursor"/>.</summary>
    public EntryResponse[] Entries { get; private set; } = [];

    /// <summary>Where this page of entries starts (null: the latest), as the previous page's link gave it.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    /// <summary>The cursor of the next, older page of entries; null when this page holds the oldest.</summary>
    public string? NextCursor { get; private set; }

    /// <summary>Entries that may mark milestone stages done: a milestone's are few, one per stage besides returned ones.</summary>
    private EntryResponse[] stageEntries = [];

    public Caller Caller { get; private set; } = null!;

    public BrigadeInfo? Brigade { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>Display names of the people on the entries (reporters, returners), by username.</summary>
    public DisplayNames Names { get; private set; } = DisplayNames.None;

    public string TimeZone => Brigade?.Settings.TimeZone ?? BrigadeSettings.DefaultTimeZone;

    // Only what to offer; the mediator's Report and Supervise permissions decide what is accepted.
    public bool CanReport => Caller.Role == Role.UnitHead && Caller.UnitId == Task.UnitId;

    // Only what to offer; ReadAudit's permission decides.
    /// <summary>Only whether to offer the link; the task PATCH's permission decides.</summary>
    public bool CanAssign => Caller.Role == Role.Admin && Caller.BrigadeId == Task.BrigadeId;

    public bool CanReadAudit => AccessPolicy.CanReadBrigade(Caller, Task.BrigadeId, BrigadeAction.ReadAudit);

    public bool CanReturn => Caller.Role is Role.BrigadeLeader or Role.Leader && CanReadEntries;

    /// <summary>Everyone in the brigade sees the task's figures; its entries and notes follow SPEC §3.</summary>
    public bool CanReadEntries { get; private set; }

    public IEnumerable<int> OpenStages => ReportInput.OpenStages(Task.Metric, stageEntries);

    /// <summary>A milestone whose stages are all done has nothing left to report: the page offers no form.</summary>
    public bool AllStagesDone => Task.Metric.Kind == MetricKind.Milestone && !OpenStages.Any();

    public async Task OnGetAsync(string taskId)
    {
        await Load(taskId, Cursor);
        Input = new ReportInput { OccurredOn = Today, IdempotencyKey = ReportInput.NewKey() };
    }

    public async Task<IActionResult> OnPostReportAsync(string taskId, CancellationToken cancellationToken)
    {
        await Load(taskId);
        // Files are taken even when the figures are refused, so the person fixes the figures without choosing them again.
        var uploaded = await PageUploads.Upload(sender, Files, ModelState, nameof(Files), cancellationToken);
        Input.AttachmentIds = [.. Input.AttachmentIds, .. uploaded ?? []];
        if (ModelState.IsValid && uploaded is not null)
        {
            if (await PageReports.Send(sender, Input, Task, Input.OccurredOn, ModelState, nameof(Input)) is { } result)
            {
                var files = result.Entry.Attachments.Length == 0 ? "" : $"，附佐证材料 {result.Entry.Attachments.Length} 份";
                TempData["Message"] = $"已填报{files}，当前完成 {Display.Percent(result.Task.Progress.Percent)}。";
                return RedirectToPage(new { taskId });
            }
        }

        // Files taken before the refusal stay with the form: their uploader may read them until they are attached.
        KeptFiles = await PageUploads.Kept(sender, Input.AttachmentIds, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostReturnAsync(string taskId)
    {
        try
        {
            await sender.Send(new ReturnEntry(Reason?.Trim()) { TaskId = taskId, EntryId = EntryId ?? "" });
            TempData["Message"] = "已退回该条填报，它不再计入进度。";
            return RedirectToPage(new { taskId });
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, "", new Dictionary<string, string> { ["reason"] = nameof(Reason) }))
        {
        }

        await Load(taskId);
        Input = new ReportInput { OccurredOn = Today, IdempotencyKey = ReportInput.NewKey() };
        return Page();
    }

    public async Task<IActionResult> OnPostInstructAsync(string taskId)
    {
        try
        {
            var issued = await sender.Send(new IssueTaskInstruction(Instruction.Text?.Trim(), Instruction.DueDate) { TaskId = taskId });
            TempData["Message"] = "批示已下达，承办单位将在待办中看到。";
            return Redirect($"/instructions/{issued.Id}");
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, nameof(Instruction)))
        {
        }

        await Load(taskId);
        Input = new ReportInput { OccurredOn = Today, IdempotencyKey = ReportInput.NewKey() };
        return Page();
    }

    private async Task Load(string taskId, string? cursor = null)
    {
        Task = await sender.Send(new GetTask(taskId, null));
        Caller = await sender.Send(new GetMe());
        Brigade = Caller.BrigadeId is { } brigadeId ? await sender.Send(new GetBrigade(brigadeId)) : null;
        var callerLeader = Brigade?.Leaders.FirstOrDefault(l => l.Id == Caller.LeaderId);
        CanReadEntries = AccessPolicy.CanReadDetails(Caller, Task.BrigadeId, Task.UnitId, Task.LeaderId, callerLeader);
        var page = CanReadEntries ? await sender.Send(new ListProgress(taskId, PageSize, cursor)) : new EntryList([], null);
        (Entries, NextCursor) = (page.Entries, page.Next);
        stageEntries = CanReport && Task.Metric.Kind == MetricKind.Milestone
            ? (await sender.Send(new ListProgress(taskId, ListProgress.MaxLimit))).Entries
            : Entries;
        Instructions = CanReadEntries ? await sender.Send(new ListTaskInstructions(taskId)) : [];
        var people = Entries.SelectMany(e => new[] { e.ReportedBy, e.ReturnedBy }.Concat(e.Attachments.Select(f => f.UploadedBy)))
            .OfType<string>().Distinct().ToArray();
        Names = people.Length == 0 ? Names : await sender.Send(new GetDisplayNames(Task.BrigadeId, people));
        Today = BrigadeDay.Today(HttpContext.RequestServices, TimeZone);
    }
}
