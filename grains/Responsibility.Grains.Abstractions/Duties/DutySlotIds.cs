namespace Responsibility.Grains.Abstractions.Duties;

using System.Globalization;

/// <summary>Slot ids, <c>{itemId}:{period}</c> (2026-03, 2026-Q1, 2026-H1, 2026).</summary>
public static class DutySlotIds
{
    /// <summary>The year of a slot id's period, or null when it is not one.</summary>
    public static int? YearOf(string slotId) =>
        slotId.LastIndexOf(':') is > 0 and var colon && slotId.Length >= colon + 5
        && int.TryParse(slotId.AsSpan(colon + 1, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && year is >= 2000 and <= 2100 ? year : null;
}
