namespace Responsibility.Storage.Events;

using System.Globalization;

/// <summary>
/// Times are stored as UTC ISO 8601 text with seven fractional digits: they sort as text, so range filters
/// compare strings, and they read back to the same instant.
/// </summary>
internal static class EventTimes
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Write(DateTimeOffset time) => time.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset Read(string text) =>
        DateTimeOffset.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
