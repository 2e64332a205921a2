namespace Responsibility.Grains.Domain.Duties;

using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// A holder's slots judged on a day from the records it had by then: recorded once a record names the slot, otherwise
/// upcoming before the period, due within it, and missed (未履责) once its due date has passed — shown, never dropped. A
/// granted extension moves a slot's due date (the latest one stands); the period's last day stays its original date.
/// </summary>
public static class DutySlots
{
    public static DutySheet Sheet(DutyHolder holder, int year, DateOnly day, IEnumerable<DutyItem> items, IReadOnlyCollection<DutyRecord> records,
        IEnumerable<SlotDueMove>? moves = null)
    {
        var moved = (moves ?? []).GroupBy(m => m.SlotId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Due: g.Last().Due, Count: g.Count()), StringComparer.Ordinal);
        var fulfilled = records
            .SelectMany(r => r.SlotIds.Select(slot => (Slot: slot, r.Id)))
            .GroupBy(x => x.Slot, x => x.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var held = items.Where(i => i.Year == year && i.Assignees.Includes(holder)).OrderBy(i => i.Section, StringComparer.Ordinal)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .Select(i => new DutyItemSlots(i, [.. DutyCalendar.Periods(i).Select(p => Slot(holder, i, p, day, fulfilled, moved))]))
            .ToArray();
        return new DutySheet(
            holder, year, day, held, Completion(held, DutyLine.Business), Completion(held, DutyLine.Accountability));
    }

    private static DutySlot Slot(DutyHolder holder, DutyItem item, DutyCalendar.Period period, DateOnly day, Dictionary<string, string[]> fulfilled,
        Dictionary<string, (DateOnly Due, int Count)> moved)
    {
        var id = DutyCalendar.SlotId(item.Id, period.Key);
        var records = fulfilled.GetValueOrDefault(id) ?? [];
        var (due, extensions) = moved.TryGetValue(id, out var move) ? move : (period.Due, 0);
        var state = records.Length > 0 ? SlotState.Recorded
            : day < period.Start ? SlotState.Upcoming
            : day > due ? SlotState.Missed
            : SlotState.Due;
        return new DutySlot(
            id, item.Id, holder.Kind == DutyHolderKind.Leader ? holder.Id : null, holder.Kind == DutyHolderKind.Unit ? holder.Id : null,
            period.Key, period.Start, due, state, records, period.Due, extensions);
    }

    /// <summary>A line's slots whose period has begun, how many are recorded and how many missed.</summary>
    private static DutyCompletion Completion(IEnumerable<DutyItemSlots> items, DutyLine line)
    {
        var slots = items.Where(i => i.Item.DutyLine == line).SelectMany(i => i.Slots).Where(s => s.State != SlotState.Upcoming).ToList();
        return new DutyCompletion(slots.Count, slots.Count(s => s.State == SlotState.Recorded), slots.Count(s => s.State == SlotState.Missed));
    }
}
