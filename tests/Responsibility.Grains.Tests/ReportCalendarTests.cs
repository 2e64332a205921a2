namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Domain;
using Responsibility.Grains.Domain.Reports;

/// <summary>When a month has ended, and which stored report counts as the month's, in the brigade's time zone.</summary>
public class ReportCalendarTests
{
    private static readonly TimeZoneInfo Shanghai = BrigadeClock.Zone("Asia/Shanghai");

    [Theory]
    [InlineData("2024-03-31T15:59:59Z", false)]
    [InlineData("2024-03-31T16:00:00Z", true)]
    [InlineData("2024-02-20T00:00:00Z", false)]
    [InlineData("2030-01-15T00:00:00Z", true)]
    public void MarchEndsAtMidnightInShanghai(string now, bool ended)
    {
        Assert.Equal(ended, ReportCalendar.HasEnded(2024, 3, DateTimeOffset.Parse(now), Shanghai));
    }

    [Theory]
    [InlineData("2024-02-29T15:59:59Z", false)]
    [InlineData("2024-02-29T16:00:00Z", true)]
    public void MarchBeginsAtMidnightInShanghai(string now, bool started)
    {
        Assert.Equal(started, ReportCalendar.HasStarted(2024, 3, DateTimeOffset.Parse(now), Shanghai));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("2026-11-29T10:00:00Z", true)]
    [InlineData("2030-01-31T15:59:59Z", true)]
    [InlineData("2030-01-31T16:00:00Z", false)]
    [InlineData("2030-03-05T00:00:00Z", false)]
    public void JanuaryStillNeedsItsReportUnlessOneWasMadeAfterItEnded(string? generatedAt, bool needed)
    {
        DateTimeOffset? at = generatedAt is null ? null : DateTimeOffset.Parse(generatedAt);

        Assert.Equal(needed, ReportCalendar.NeedsReport(2030, 1, at, Shanghai));
    }

    [Theory]
    [InlineData("2024-11-29", "2024-11-29")]
    [InlineData("2024-11-30", "2024-11-30")]
    [InlineData("2024-12-01", "2024-11-30")]
    [InlineData("2025-03-01", "2024-11-30")]
    public void NovemberReportIsAsOfTodayUntilTheMonthEnds(string today, string asOf)
    {
        Assert.Equal(DateOnly.Parse(asOf), MonthlyReportComposer.AsOf(2024, 11, DateOnly.Parse(today)));
    }
}
