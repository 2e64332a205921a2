namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;
using Responsibility.Api.Duties;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;

/// <summary>
/// The year's 廉政风险点 register of the brigade's units, by unit and post: read by everyone but a Viewer, kept by the
/// office (PutRisk's permission decides).
/// </summary>
public sealed class RisksModel(ISender sender) : PageModel
{
    private static readonly IReadOnlySet<string> Shown =
        new[] { "UnitId", "Post", "Risk", "Manifestation", "Level", "Measures", "LeaderId" }.Select(f => "Input." + f).ToHashSet();

    [BindProperty]
    public RiskInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Edit { get; set; }

    public BrigadeInfo Brigade { get; private set; } = null!;

    public int Year { get; private set; }

    public RiskRow[] Rows { get; private set; } = [];

    // Only whether to offer the form; PutRisk's permission decides.
    public bool CanEdit { get; private set; }

    public bool Editing => !string.IsNullOrEmpty(Input.RiskId);

    public async Task<IActionResult> OnGetAsync(string brigadeId, int? year)
    {
        await Load(brigadeId, year);
        if (Edit is not null && CanEdit)
        {
            var row = Rows.FirstOrDefault(r => EditKey(r) == Edit);
            if (row is null)
            {
                throw DomainException.NotFound("风险点不存在。");
            }

            Input = RiskInput.From(row);
        }

        return Page();
    }

    /// <summary>A row is named by its unit and id: each unit keeps its own register.</summary>
    public static string EditKey(RiskRow row) => $"{row.UnitId}.{row.Id}";

    public async Task<IActionResult> OnPostAsync(string brigadeId, int? year)
    {
        await Load(brigadeId, year);
        var id = Editing ? Input.RiskId! : NewIds.Of("fx");
        try
        {
            await sender.Send(new PutRisk(Input.UnitId, Input.Post, Input.Risk, Input.Manifestation, Input.Level, Input.Measures, Input.LeaderId)
            {
                BrigadeId = brigadeId, Year = Year, RiskId = id,
            });
            TempData["Message"] = Editing ? "风险点已修改。" : "风险点已登记。";
            return Redirect($"/b/{brigadeId}/risks/{Year}");
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, nameof(Input)))
        {
            FormErrors.ShowUnplaced(ModelState, Shown);
        }

        return Page();
    }

    private async Task Load(string brigadeId, int? year)
    {
        Brigade = await sender.Send(new GetBrigade(brigadeId));
        Year = year ?? BrigadeDay.Today(HttpContext.RequestServices, Brigade.Settings.TimeZone).Year;
        Rows = await sender.Send(new ListRisks(brigadeId, Year, null));
        CanEdit = AccessPolicy.CanReadBrigade(await sender.Send(new GetMe()), brigadeId, BrigadeAction.ManageDuties);
    }
}
