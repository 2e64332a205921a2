namespace Responsibility.Grains.Domain.Duties;

using Responsibility.Grains.Abstractions.Duties;

/// <summary>
/// The dated slots a duty item makes across its year: a monthly item twelve (2026-01 … 2026-12), a quarterly four
/// (2026-Q1 …), a half-yearly two (2026-H1, 2026-H2), a yearly one (2026), each due on its period's last day; a once item
/// one, due on its own date. The calendar follows the item, never the day a record came in.
/// </summary>
public static class DutyCalendar
{
    public sealed record Period(string Key, DateOnly Start, DateOnly Due);

    public static IReadOnlyList<Period> Periods(DutyItem item)
    {
        var year = item.Year;
        var first = new DateOnly(year, 1, 1);
        return item.Cadence switch
        {
            Cadence.Monthly => [.. Enumerable.Range(1, 12).Select(m => Span($"{year:D4}-{m:D2}", new DateOnly(year, m, 1), 1))],
            Cadence.Quarterly => [.. Enumerable.Range(1, 4).Select(q => Span($"{year:D4}-Q{q}", new DateOnly(year, ((q - 1) * 3) + 1, 1), 3))],
            Cadence.HalfYearly => [Span($"{year:D4}-H1", first, 6), Span($"{year:D4}-H2", new DateOnly(year, 7, 1), 6)],
            Cadence.Yearly => [Span($"{year:D4}", first, 12)],
            _ => [new Period($"{year:D4}", first, item.DueDate ?? new DateOnly(year, 12, 31))],
        };
    }

    public static string SlotId(string itemId, string period) => $"{itemId}:{period}";

    /// <summary>The item a slot id names, or null when it is not one.</summary>
    public static string? ItemOf(string slotId) => slotId.LastIndexOf(':') is > 0 and var colon ? slotId[..colon] : null;

    private static Period Span(string key, DateOnly start, int months) => new(key, start, start.AddMonths(months).AddDays(-1));
}
