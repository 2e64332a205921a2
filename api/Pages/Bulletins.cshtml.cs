namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;
using Responsibility.Api.Oversight;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Oversight;

/// <summary>
/// 通报: the brigade's 通报 of a year (number, kind, title, state), and the 起草 form for those who draft: a 情况通报 of one of
/// the brigade's inspections, or a 表扬 or 批评 written from the data.
/// </summary>
public sealed class BulletinsModel(ISender sender, IGrainFactory grains) : PageModel
{
    [BindProperty]
    public BulletinDraftInput Draft { get; set; } = new();

    public BrigadeInfo Brigade { get; private set; } = null!;

    public BulletinResponse[] Bulletins { get; private set; } = [];

    public Inspection[] Inspections { get; private set; } = [];

    public int Year { get; private set; }

    public int[] Years { get; private set; } = [];

    // Only whether to offer the form; DraftBulletin's permission decides.
    public bool CanDraft { get; private set; }

    public async Task OnGetAsync(string brigadeId, int? year) => await Load(brigadeId, year);

    public async Task<IActionResult> OnPostAsync(string brigadeId)
    {
        try
        {
            var drafted = await sender.Send(new DraftBulletin(
                Draft.Kind, null, Draft.Kind == BulletinKind.Situation && !string.IsNullOrWhiteSpace(Draft.InspectionId) ? Draft.InspectionId.Trim() : null)
            {
                BrigadeId = brigadeId,
            });
            TempData["Message"] = "通报草稿已根据数据生成，请核改后签发。";
            return Redirect($"/b/{Uri.EscapeDataString(brigadeId)}/bulletins/{drafted.Id}");
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, nameof(Draft)))
        {
        }

        await Load(brigadeId, null);
        return Page();
    }

    private async Task Load(string brigadeId, int? year)
    {
        Brigade = await sender.Send(new GetBrigade(brigadeId));
        var today = BrigadeDay.Today(HttpContext.RequestServices, Brigade.Settings.TimeZone);
        Year = year is >= 2000 and <= 2100 ? year.Value : today.Year;
        Bulletins = await sender.Send(new ListBulletins(brigadeId, Year));
        Years = [.. (await sender.Send(new ListBulletins(brigadeId, null))).Select(b => b.Year).Append(today.Year).Append(Year).Distinct().OrderDescending()];
        var caller = await sender.Send(new GetMe());
        CanDraft = AccessPolicy.CanReadBrigade(caller, brigadeId, BrigadeAction.DraftBulletins);
        Inspections = CanDraft ? await grains.GetGrain<IOversightGrain>(brigadeId).ListInspections(null) : [];
    }
}
