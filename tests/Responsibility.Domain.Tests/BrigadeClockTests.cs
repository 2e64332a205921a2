namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Domain;

public class BrigadeClockTests
{
    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Theory]
    [InlineData("2024-12-31T15:59:00Z", 2024, 12, 31)]
    [InlineData("2024-12-31T16:00:00Z", 2025, 1, 1)]
    [InlineData("2024-06-30T23:30:00Z", 2024, 7, 1)]
    public void TodayIsTheDateInTheBrigadesTimeZoneNotUtc(string utc, int year, int month, int day)
    {
        var time = new FixedTime(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        var today = BrigadeClock.Today(time, "Asia/Shanghai");

        Assert.Equal(new DateOnly(year, month, day), today);
    }

    [Fact]
    public void UnknownTimeZoneFallsBackToUtc()
    {
        var time = new FixedTime(new DateTimeOffset(2024, 12, 31, 16, 0, 0, TimeSpan.Zero));

        var today = BrigadeClock.Today(time, "Mars/Olympus_Mons");

        Assert.Equal(new DateOnly(2024, 12, 31), today);
    }
}
