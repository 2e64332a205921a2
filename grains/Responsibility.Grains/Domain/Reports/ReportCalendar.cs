namespace Responsibility.Grains.Domain.Reports;

/// <summary>
/// When months end and monthly reports fall due, in the brigade's time zone: month M ends at midnight before the 1st
/// of M+1 and is reported that day at 08:00. A report made before its month ended (older versions allowed it) does
/// not count as the month's report.
/// </summary>
public static class ReportCalendar
{
    public static readonly TimeOnly GenerateAt = new(8, 0);

    public static DateTimeOffset StartsAt(int year, int month, TimeZoneInfo zone) =>
        Local(new DateOnly(year, month, 1).ToDateTime(TimeOnly.MinValue), zone);

    public static DateTimeOffset EndsAt(int year, int month, TimeZoneInfo zone) =>
        Local(new DateOnly(year, month, 1).AddMonths(1).ToDateTime(TimeOnly.MinValue), zone);

    public static DateTimeOffset DueAt(int year, int month, TimeZoneInfo zone) =>
        Local(new DateOnly(year, month, 1).AddMonths(1).ToDateTime(GenerateAt), zone);

    /// <summary>Midnight after <paramref name="day"/>: what was recorded before it counts as of that day.</summary>
    public static DateTimeOffset EndOfDay(DateOnly day, TimeZoneInfo zone) => Local(day.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);

    public static bool HasStarted(int year, int month, DateTimeOffset now, TimeZoneInfo zone) => now >= StartsAt(year, month, zone);

    public static bool HasEnded(int year, int month, DateTimeOffset now, TimeZoneInfo zone) => now >= EndsAt(year, month, zone);

    /// <summary>Whether a report generated at <paramref name="generatedAt"/> reports the whole month.</summary>
    public static bool Covers(int year, int month, DateTimeOffset generatedAt, TimeZoneInfo zone) =>
        HasEnded(year, month, generatedAt, zone);

    /// <summary>Whether a due month still needs its report: none is stored, or only one made before the month ended.</summary>
    public static bool NeedsReport(int year, int month, DateTimeOffset? latestGeneratedAt, TimeZoneInfo zone) =>
        latestGeneratedAt is not { } at || !Covers(year, month, at, zone);

    /// <summary>
    /// Every month of the planned years, from the month the brigade started using the system, whose report is due
    /// by <paramref name="now"/>, oldest first. Months before the start are not back-filled: their data may still be
    /// being entered, and a report of them is made on request.
    /// </summary>
    public static IEnumerable<(int Year, int Month)> DueMonths(
        IEnumerable<int> plannedYears, DateOnly since, DateTimeOffset now, TimeZoneInfo zone) =>
        plannedYears
            .Distinct()
            .Order()
            .SelectMany(year => Enumerable.Range(1, 12).Select(month => (year, month)))
            .Where(m => (m.year, m.month).CompareTo((since.Year, since.Month)) >= 0)
            .Where(m => DueAt(m.year, m.month, zone) <= now);

    public static string Key(int year, int month) => $"{year:D4}-{month:D2}";

    private static DateTimeOffset Local(DateTime local, TimeZoneInfo zone) => new(local, zone.GetUtcOffset(local));
}
