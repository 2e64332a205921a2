namespace Responsibility.Grains.Abstractions.Duties;

/// <summary>A holder's 清单 for a year on a day: each item assigned to it with its slots, and how far each line has come.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.DutySheet")]
public sealed record DutySheet(DutyHolder Holder, int Year, DateOnly AsOf, DutyItemSlots[] Items, DutyCompletion Business, DutyCompletion Accountability)
{
    public IEnumerable<DutySlot> Slots => Items.SelectMany(i => i.Slots);
}

[GenerateSerializer, Immutable, Alias("Responsibility.DutyItemSlots")]
public sealed record DutyItemSlots(DutyItem Item, DutySlot[] Slots);

/// <summary>
/// One line's slots so far: <see cref="Due"/> counts those whose period has begun (due now, recorded or missed),
/// <see cref="Recorded"/> those fulfilled, <see cref="Missed"/> those 未履责.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.DutyCompletion")]
public sealed record DutyCompletion(int Due, int Recorded, int Missed)
{
    public static readonly DutyCompletion None = new(0, 0, 0);

    /// <summary>Recorded of those due; 1 when nothing is due yet.</summary>
    public double Rate => Due == 0 ? 1 : (double)Recorded / Due;
}
