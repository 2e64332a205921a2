namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Domain.Inbox;
using static Build;

/// <summary>填报周期: a month or a quarter, due on the brigade's day, with the grace period after it.</summary>
public class ReportingPeriodTests
{
    private static readonly BrigadeSettings Monthly = new("淄川大队", "党总支", "支队", "Asia/Shanghai", null, StatusThresholds.Default);

    [Theory]
    [InlineData(6, 1, "2024-06", 6, 1, 6, 30, 6, 25, 6, 28)]
    [InlineData(6, 30, "2024-06", 6, 1, 6, 30, 6, 25, 6, 28)]
    [InlineData(2, 29, "2024-02", 2, 1, 2, 29, 2, 25, 2, 28)]
    public void MonthlyCycleIsTheMonthDueOnThe25thWithThreeDaysGrace(
        int month, int day, string key, int sm, int sd, int em, int ed, int dm, int dd, int gm, int gd)
    {
        var period = ReportingPeriods.Containing(Monthly, On(month, day));

        Assert.Equal((key, On(sm, sd), On(em, ed), On(dm, dd), On(gm, gd)), (period.Key, period.Start, period.End, period.Due, period.GraceEnds));
    }

    [Theory]
    [InlineData(4, 1, "2024-Q2", 4, 1, 6, 30, 6, 20)]
    [InlineData(6, 30, "2024-Q2", 4, 1, 6, 30, 6, 20)]
    [InlineData(12, 31, "2024-Q4", 10, 1, 12, 31, 12, 20)]
    [InlineData(1, 15, "2024-Q1", 1, 1, 3, 31, 3, 20)]
    public void QuarterlyCycleIsDueInTheQuartersLastMonth(int month, int day, string key, int sm, int sd, int em, int ed, int dm, int dd)
    {
        var settings = Monthly with { ReportingCycle = ReportingCycle.Quarterly, ReportingDueDay = 20, GraceDays = 5 };

        var period = ReportingPeriods.Containing(settings, On(month, day));

        Assert.Equal((key, On(sm, sd), On(em, ed), On(dm, dd), On(dm, dd).AddDays(5)), (period.Key, period.Start, period.End, period.Due, period.GraceEnds));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    public void DueDayThatNoMonthHasReadsAsThe25th(int dueDay)
    {
        var period = ReportingPeriods.Containing(Monthly with { ReportingDueDay = dueDay }, On(2, 10));

        Assert.Equal(On(2, 25), period.Due);
    }
}
