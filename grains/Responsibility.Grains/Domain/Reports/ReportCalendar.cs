namespace Responsibility.Grains.Domain.Reports;

/// <summary>When monthly reports fall due: month M is reported on the 1st of M+1 at 08:00 in the brigade's time zone.</summary>
public static class ReportCalendar
{
    public static readonly TimeOnly GenerateAt = new(8, 0);

    public static DateTimeOffset DueAt(int year, int month, TimeZoneInfo zone)
    {
        var local = new DateOnly(year, month, 1).AddMonths(1).ToDateTime(GenerateAt);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

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
}
