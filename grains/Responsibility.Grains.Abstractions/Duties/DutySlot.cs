namespace Responsibility.Grains.Abstractions.Duties;

/// <summary>
/// Where a slot stands on a day: <see cref="Upcoming"/> before its period, <see cref="Due"/> within it, <see cref="Recorded"/>
/// once a record fulfils it, <see cref="Missed"/> (未履责) once its due date has passed without one.
/// </summary>
public enum SlotState
{
    Upcoming = 0,
    Due = 1,
    Recorded = 2,
    Missed = 3,
}

/// <summary>
/// One dated occurrence of a duty item for one holder (履责时点): a monthly item has twelve a year. <see cref="Id"/> is
/// <c>{itemId}:{period}</c>, unique for the holder; <see cref="Period"/> is 2026-03, 2026-Q1, 2026-H1 or 2026; the slot is
/// due within its period and by <see cref="Due"/>, the period's last day (a once item: its own date), or the date a granted
/// extension set (<see cref="OriginalDue"/> then keeps the period's, <see cref="ExtensionCount"/> how many moved it).
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.DutySlot")]
public sealed record DutySlot(
    string Id,
    string ItemId,
    string? LeaderId,
    string? UnitId,
    string Period,
    DateOnly Start,
    DateOnly Due,
    SlotState State,
    string[] RecordIds,
    DateOnly? OriginalDue = null,
    int ExtensionCount = 0);
