namespace Responsibility.Grains.Abstractions;

/// <summary>Days, months and years are reckoned in the brigade's time zone, not the server's.</summary>
public static class BrigadeClock
{
    public static DateOnly Today(TimeProvider time, string timeZoneId) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone(timeZoneId)).DateTime);

    public static TimeZoneInfo Zone(string timeZoneId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;
}
