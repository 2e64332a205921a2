namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Duties;
using Responsibility.Grains.Abstractions.Duties;

/// <summary>
/// A leader's 廉政档案 for a year: 清单 completion on both lines, every record, the 谈话 apart, and the 责任书 they are a
/// party to. Read where the leader's records are read (GetArchive's permission): a Viewer is refused.
/// </summary>
public sealed class ArchiveModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public ArchiveResponse Archive { get; private set; } = null!;

    public DutySheetResponse Sheet { get; private set; } = null!;

    public async Task OnGetAsync(string brigadeId, string leaderId)
    {
        Archive = await sender.Send(new GetArchive(brigadeId, leaderId, ModelState.IsValid ? Year : null));
        Sheet = await sender.Send(new GetHolderDuties(DutyHolder.Leader(brigadeId, leaderId), Archive.Year, null));
    }

    public string SlotName(string slotId)
    {
        var item = Sheet.Items.FirstOrDefault(i => i.Slots.Any(s => s.Id == slotId))?.Item;
        return item is null ? DutyDisplay.SlotPeriod(slotId) : $"{item.Title}（{DutyDisplay.SlotPeriod(slotId)}）";
    }
}
