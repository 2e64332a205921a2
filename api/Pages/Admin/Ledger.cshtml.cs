namespace Responsibility.Api.Pages.Admin;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Brigades;
using Responsibility.Api.Ledger;
using Responsibility.Grains.Abstractions.Org;

/// <summary>台账: the year's tasks downloaded as the Excel sheet offices exchange, and a sheet (or CSV) imported back.</summary>
[RequestSizeLimit(LedgerApi.MaxImportRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = LedgerApi.MaxImportRequestBytes)]
public sealed class LedgerModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public IFormFile? Sheet { get; set; }

    public BrigadeInfo Brigade { get; private set; } = null!;

    /// <summary>The refused sheet's problems, by row and column; empty unless an import was just refused.</summary>
    public IReadOnlyList<LedgerCellProblem> Problems { get; private set; } = [];

    public async Task OnGetAsync(string brigadeId) => await Load(brigadeId);

    public async Task<IActionResult> OnPostAsync(string brigadeId)
    {
        await Load(brigadeId);
        try
        {
            await using var content = Sheet?.OpenReadStream();
            var result = await sender.Send(new ImportLedger(brigadeId, content, Sheet?.Length ?? 0));
            TempData["Message"] = $"台账已导入：新建任务 {result.Created} 项，修改 {result.Updated} 项，{result.Unchanged} 项未变。";
            return RedirectToPage(new { brigadeId, year = Year });
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

    private async Task Load(string brigadeId)
    {
        await AdminAccess.Require(sender, brigadeId);
        Brigade = await sender.Send(new GetBrigade(brigadeId));
        Year ??= BrigadeDay.Today(HttpContext.RequestServices, Brigade.Settings.TimeZone).Year;
    }
}
