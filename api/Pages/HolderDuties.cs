namespace Responsibility.Api.Pages;

using Mediator;
using Responsibility.Api.Common;
using Responsibility.Api.Duties;
using Responsibility.Grains.Abstractions.Duties;

/// <summary>
/// A leader's or a unit's 清单 on a page: its items and slots (figures, open in the brigade), its records when the caller
/// may read them (null otherwise: a Viewer reads counts only), and whether the caller may record for it. The same
/// requests and permissions as the API decide.
/// </summary>
public sealed record HolderDuties(DutyHolder Holder, DutySheetResponse Sheet, DutyRecordResponse[]? Records, bool CanRecord)
{
    public static async Task<HolderDuties> Load(
        ISender sender, PermissionCheck permissions, Caller caller, DutyHolder holder, int year, DateOnly? asOf)
    {
        var sheet = await sender.Send(new GetHolderDuties(holder, year, asOf));
        var records = await permissions.Allows(caller, new Permission.Holder(holder, HolderAction.ReadRecords))
            ? await sender.Send(new ListDutyRecords(holder, year))
            : null;
        return new(holder, sheet, records, await permissions.Allows(caller, new Permission.Holder(holder, HolderAction.Record)));
    }

    /// <summary>Slots to act on: due now, and those whose date passed unrecorded (未履责), the oldest first.</summary>
    public IEnumerable<(DutyItem Item, DutySlot Slot)> Open => Sheet.Items
        .SelectMany(i => i.Slots.Where(s => s.State is SlotState.Due or SlotState.Missed).Select(s => (Item: i.Item, Slot: s)))
        .OrderBy(x => x.Slot.Due).ThenBy(x => x.Item.Title, StringComparer.Ordinal);

    public string RecordLink => $"/b/{Holder.BrigadeId}/records/new?{(Holder.Kind == DutyHolderKind.Leader ? "leader" : "unit")}={Holder.Id}";

    /// <summary>The title of the item a slot belongs to, for a record's list of what it fulfilled.</summary>
    public string SlotName(string slotId)
    {
        var item = Sheet.Items.FirstOrDefault(i => i.Slots.Any(s => s.Id == slotId))?.Item;
        return item is null ? DutyDisplay.SlotPeriod(slotId) : $"{item.Title}（{DutyDisplay.SlotPeriod(slotId)}）";
    }
}
