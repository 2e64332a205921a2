namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Api.Common;
using Responsibility.Api.Duties;
using Responsibility.Grains.Abstractions;

/// <summary>
/// The year's 责任书, one per pair, with the 签订率 above them: open in the brigade. The office records a signing with
/// its date and the signed scan (SignPledge's permission decides); the scan is linked for whoever may read it.
/// </summary>
[RequestSizeLimit(PageUploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = PageUploads.MaxRequestBytes)]
public sealed class PledgesModel(ISender sender, PermissionCheck permissions) : PageModel
{
    [BindProperty]
    public DateOnly? SignedOn { get; set; }

    [BindProperty]
    public IFormFile? Scan { get; set; }

    public PledgeListResponse List { get; private set; } = null!;

    /// <summary>The pledge whose signing was just refused: its form shows why.</summary>
    public string? Failed { get; private set; }

    // Only whether to offer the form; SignPledge's permission (the brigade's Admin) decides.
    public bool CanSign { get; private set; }

    /// <summary>Signed pledges whose scan the caller may open.</summary>
    public HashSet<string> ScanReadable { get; } = [];

    public DateOnly Today { get; private set; }

    public Task OnGetAsync(string brigadeId, int? year) => Load(brigadeId, year);

    public async Task<IActionResult> OnPostSignAsync(string brigadeId, int? year, string? pledgeId, CancellationToken cancellationToken)
    {
        await Load(brigadeId, year);
        if (List.Pledges.FirstOrDefault(p => p.Id == pledgeId) is not { } pledge)
        {
            throw DomainException.NotFound("责任书不存在。");
        }

        Failed = pledge.Id;
        var uploaded = await PageUploads.Upload(sender, Scan is null ? [] : [Scan], ModelState, nameof(Scan), cancellationToken);
        if (uploaded is null)
        {
            return Page();
        }

        try
        {
            await sender.Send(new SignPledge(SignedOn, uploaded.FirstOrDefault()) { PledgeId = pledge.Id }, cancellationToken);
            TempData["Message"] = $"已记录{pledge.PartyA.Name}与{pledge.PartyB.Name}的责任书签订。";
            return Redirect($"/b/{brigadeId}/pledges/{List.Year}");
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, "", new Dictionary<string, string> { ["attachmentId"] = nameof(Scan) }))
        {
        }

        return Page();
    }

    private async Task Load(string brigadeId, int? year)
    {
        List = await sender.Send(new ListPledges(brigadeId, year));
        var caller = await sender.Send(new GetMe());
        // The same rule PledgeAction.Sign is checked with, without reading every pledge again.
        CanSign = AccessPolicy.CanReadBrigade(caller, brigadeId, BrigadeAction.ManageDuties);
        foreach (var p in List.Pledges.Where(p => p.Scan is not null))
        {
            if (await permissions.Allows(caller, new Permission.Pledge(p.Id, PledgeAction.ReadScan)))
            {
                ScanReadable.Add(p.Id);
            }
        }

        Today = BrigadeDay.Today(HttpContext.RequestServices, (await sender.Send(new Brigades.GetBrigade(brigadeId))).Settings.TimeZone);
    }
}
