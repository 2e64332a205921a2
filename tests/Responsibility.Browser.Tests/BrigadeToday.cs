namespace Responsibility.Browser.Tests;

/// <summary>Today where the test brigades are (北京时间, their default zone): slots and records follow the brigade's day.</summary>
public static class BrigadeToday
{
    public static DateOnly Date => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
}
