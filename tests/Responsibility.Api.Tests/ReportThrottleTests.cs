namespace Responsibility.Api.Tests;

using Microsoft.Extensions.Options;
using Responsibility.Api.Common;
using Responsibility.Api.Progress;

/// <summary>Progress reports per account: a bucket of <c>Progress:ReportsPerMinute</c>, refilled at that rate.</summary>
public sealed class ReportThrottleTests
{
    [Fact]
    public void AnHonestUnitsWholeMonthOnOnePageFitsTheDefault()
    {
        using var throttle = new ReportThrottle(Options.Create(new ReportThrottleOptions()));

        var refused = Record.Exception(() =>
        {
            for (var row = 0; row < 100; row++)
            {
                throttle.Take("fazhi");
            }
        });

        Assert.Null(refused);
    }

    [Fact]
    public void AnAccountPastItsReportsAMinuteIsToldHowLongToWaitWhileOthersGoOn()
    {
        using var throttle = new ReportThrottle(Options.Create(new ReportThrottleOptions { ReportsPerMinute = 3 }));
        for (var i = 0; i < 3; i++)
        {
            throttle.Take("fazhi");
        }

        var refused = Assert.Throws<ThrottledException>(() => throttle.Take("fazhi"));
        var other = Record.Exception(() => throttle.Take("xuanchuan"));

        Assert.Equal(20, refused.RetryAfterSeconds);
        Assert.Contains("每分钟最多 3 条", refused.Message);
        Assert.Null(other);
    }
}
