namespace Responsibility.Bench;

/// <summary>Months are reckoned in the brigades' time zone, as the grains do.</summary>
public static class BenchClock
{
    public const string TimeZone = "Asia/Shanghai";

    public static DateOnly Today() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(TimeZone)).DateTime);

    /// <summary>The first day of last month.</summary>
    public static DateOnly LastMonth()
    {
        var today = Today();
        return new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
    }
}
