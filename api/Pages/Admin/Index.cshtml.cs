namespace Responsibility.Api.Pages.Admin;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Brigades;
using Responsibility.Grains.Abstractions.Org;

/// <summary>管理: the brigade's units and leaders (分管 units, first-responsible flag), each editable in place.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    private static readonly IReadOnlySet<string> Shown = new[] { "Unit.Id", "Unit.Name", "Unit.Kind", "Unit.Head" }
        .Concat(new[] { "Id", "Name", "Post", "IsFirstResponsible", "UnitIds", "Areas" }.Select(f => "Leader." + f))
        .ToHashSet();

    [BindProperty]
    public UnitInput Unit { get; set; } = new();

    [BindProperty]
    public LeaderInput Leader { get; set; } = new();

    public BrigadeInfo Brigade { get; private set; } = null!;

    public async Task OnGetAsync(string brigadeId, string? unit, string? leader)
    {
        await Load(brigadeId);
        Unit = Brigade.Units.FirstOrDefault(u => u.Id == unit) is { } u ? UnitInput.From(u) : new();
        Leader = Brigade.Leaders.FirstOrDefault(l => l.Id == leader) is { } l ? LeaderInput.From(l) : new();
    }

    public async Task<IActionResult> OnPostUnitAsync(string brigadeId)
    {
        var request = new UpsertUnit(Unit.Name?.Trim(), Nullable(Unit.Kind), Nullable(Unit.Head))
        {
            BrigadeId = brigadeId,
            UnitId = Unit.Id?.Trim() ?? "",
        };
        return await Save(brigadeId, () => sender.Send(request).AsTask(), "单位已保存。", "Unit", new() { ["unitId"] = "Unit.Id" });
    }

    public async Task<IActionResult> OnPostLeaderAsync(string brigadeId)
    {
        var request = new UpsertLeader(Leader.Name?.Trim(), Leader.Post?.Trim(), Leader.IsFirstResponsible, Leader.UnitIds, Leader.AreaList)
        {
            BrigadeId = brigadeId,
            LeaderId = Leader.Id?.Trim() ?? "",
        };
        return await Save(brigadeId, () => sender.Send(request).AsTask(), "班子成员已保存。", "Leader", new() { ["leaderId"] = "Leader.Id" });
    }

    private async Task<IActionResult> Save(
        string brigadeId, Func<Task> send, string done, string prefix, Dictionary<string, string> renamed)
    {
        try
        {
            await send();
            TempData["Message"] = done;
            return RedirectToPage(new { brigadeId });
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, prefix, renamed))
        {
            FormErrors.ShowUnplaced(ModelState, Shown);
        }

        await Load(brigadeId);
        return Page();
    }

    private async Task Load(string brigadeId)
    {
        await AdminAccess.Require(sender, brigadeId);
        Brigade = await sender.Send(new GetBrigade(brigadeId));
    }

    private static string? Nullable(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
