namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;
using Responsibility.Api.Duties;
using Responsibility.Api.Ledger;
using Responsibility.Api.Tasks;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;

/// <summary>
/// The year's 责任清单 by section: read by everyone in the brigade; the office adds, changes and removes items and copies
/// last year's list in one action (the requests' permissions decide).
/// </summary>
[RequestSizeLimit(LedgerApi.MaxImportRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = LedgerApi.MaxImportRequestBytes)]
public sealed class DutiesModel(ISender sender) : PageModel
{
    private static readonly IReadOnlySet<string> Shown = new[]
    {
        "Section", "Title", "Requirement", "DutyLine", "Cadence", "DueDate", "Evidence", "Assignees", "Tasks",
    }.Select(f => "Input." + f).ToHashSet();

    [BindProperty]
    public DutyItemInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Edit { get; set; }

    /// <summary>A 清单 sheet to import (.xlsx).</summary>
    [BindProperty]
    public IFormFile? Sheet { get; set; }

    /// <summary>The refused sheet's problems, by row and column; empty unless an import was just refused.</summary>
    public IReadOnlyList<LedgerCellProblem> Problems { get; private set; } = [];

    public BrigadeInfo Brigade { get; private set; } = null!;

    public int Year { get; private set; }

    public DutyItem[] Items { get; private set; } = [];

    /// <summary>Why a removal or a copy was refused, shown above the list.</summary>
    public string? ListError { get; private set; }

    // Only whether to offer the forms; the requests' permissions decide.
    public bool CanEdit { get; private set; }

    /// <summary>The year's tasks, id to code: the codes shown under an item and typed in its form.</summary>
    public IReadOnlyDictionary<string, string> TaskCodes { get; private set; } = new Dictionary<string, string>();

    public bool Editing => !string.IsNullOrEmpty(Input.ItemId);

    public IEnumerable<IGrouping<string, DutyItem>> Sections => Items.GroupBy(i => i.Section);

    public string ExportLink => $"/api/v1/brigades/{Brigade.Id}/duties/{Year}/export?format=xlsx";

    public async Task<IActionResult> OnGetAsync(string brigadeId, int? year)
    {
        await Load(brigadeId, year);
        if (Edit is not null && CanEdit)
        {
            var item = Items.FirstOrDefault(i => i.Id == Edit);
            if (item is null)
            {
                throw DomainException.NotFound("清单事项不存在。");
            }

            Input = DutyItemInput.From(item, TaskCodes);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string brigadeId, int? year)
    {
        await Load(brigadeId, year);
        var id = Editing ? Input.ItemId! : NewIds.Of("qd");
        var (taskIds, unknown) = Input.TaskIds(TaskCodes.ToDictionary(t => t.Value, t => t.Key, StringComparer.Ordinal));
        if (unknown is not null)
        {
            ModelState.AddModelError("Input.Tasks", $"{Year} 年没有编号为“{unknown}”的任务。");
            return Page();
        }

        try
        {
            await sender.Send(Input.ToRequest(taskIds) with { BrigadeId = brigadeId, Year = Year, ItemId = id });
            TempData["Message"] = Editing ? "清单事项已修改。" : "清单事项已添加。";
            return Redirect($"/b/{brigadeId}/duties/{Year}");
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, nameof(Input)))
        {
            FormErrors.ShowUnplaced(ModelState, Shown);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string brigadeId, int? year, string? itemId)
    {
        await Load(brigadeId, year);
        return await ListAction(
            brigadeId, () => sender.Send(new RemoveDutyItem(brigadeId, Year, itemId ?? "")).AsTask(), "清单事项已删除。");
    }

    public async Task<IActionResult> OnPostCopyAsync(string brigadeId, int? year)
    {
        await Load(brigadeId, year);
        return await ListAction(
            brigadeId, () => sender.Send(new CopyDuties(brigadeId, Year, null)).AsTask(), $"已复制 {Year - 1} 年度清单，时限已顺延到 {Year} 年。");
    }

    /// <summary>An exported sheet back in: all or nothing, the problems of a refused one by row and column.</summary>
    public async Task<IActionResult> OnPostImportAsync(string brigadeId, int? year)
    {
        await Load(brigadeId, year);
        try
        {
            await using var content = Sheet?.OpenReadStream();
            var result = await sender.Send(new ImportDuties(brigadeId, Year, content, Sheet?.Length ?? 0));
            TempData["Message"] = $"责任清单已导入：新增 {result.Created} 项，修改 {result.Updated} 项，{result.Unchanged} 项未变。";
            return Redirect($"/b/{brigadeId}/duties/{Year}");
        }
        catch (LedgerRejectedException e)
        {
            Problems = e.Cells;
            ModelState.AddModelError(nameof(Sheet), e.Message);
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, "", new Dictionary<string, string> { ["file"] = nameof(Sheet) }))
        {
        }

        return Page();
    }

    private async Task<IActionResult> ListAction(string brigadeId, Func<Task> send, string done)
    {
        try
        {
            await send();
            TempData["Message"] = done;
            return Redirect($"/b/{brigadeId}/duties/{Year}");
        }
        catch (Exception e) when (e is FluentValidation.ValidationException || (e is DomainException d && d.Kind != ErrorKind.NotFound))
        {
            ListError = e is FluentValidation.ValidationException v ? string.Join(" ", v.Errors.Select(f => f.ErrorMessage).Distinct()) : e.Message;
        }

        return Page();
    }

    private async Task Load(string brigadeId, int? year)
    {
        Brigade = await sender.Send(new GetBrigade(brigadeId));
        var list = await sender.Send(new ListDuties(brigadeId, year));
        (Year, Items) = (list.Year, list.Items);
        CanEdit = AccessPolicy.CanReadBrigade(await sender.Send(new GetMe()), brigadeId, BrigadeAction.ManageDuties);
        if (CanEdit || Items.Any(i => i.TaskIds.Length > 0))
        {
            var tasks = await sender.Send(new ListTasks(brigadeId, Year, null, null, null, null, null));
            TaskCodes = tasks.ToDictionary(t => t.Id, t => t.Code, StringComparer.Ordinal);
        }
    }
}
