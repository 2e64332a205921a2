namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;
using static Build;

/// <summary>序时进度 from a monthly plan: twelve cumulative shares of the task's year, interpolated within a month.</summary>
public class PlannedPacingTests
{
    private static readonly double[] BackLoaded = [0.05, 0.10, 0.20, 0.30, 0.40, 0.50, 0.60, 0.70, 0.80, 0.90, 0.95, 1.0];

    private static readonly TaskDefinition WinterCampaign =
        CountTask("冬季道路交通安全整治查处违法行为", 2000, "起") with { PlannedByMonth = BackLoaded };

    [Theory]
    [InlineData(1, 31, 0.05)]
    [InlineData(1, 1, 0.05 / 31)]
    [InlineData(2, 14, 0.05 + 0.05 * 14 / 29)]
    [InlineData(2, 29, 0.10)]
    [InlineData(3, 15, 0.10 + 0.10 * 15 / 31)]
    [InlineData(6, 30, 0.50)]
    [InlineData(11, 10, 0.90 + 0.05 * 10 / 30)]
    [InlineData(12, 31, 1.0)]
    public void ExpectedIsThePlannedShareInterpolatedByDayOfMonth(int month, int day, double expected)
    {
        var share = Pacing.Expected(WinterCampaign, On(month, day));

        Assert.Equal(expected, share, 12);
    }

    [Fact]
    public void PlanIsZeroForDaysInTheYearBeforeTheTasksYear()
    {
        var task = WinterCampaign with { Start = On(12, 1, 2023) };

        var share = Pacing.Expected(task, On(12, 20, 2023));

        Assert.Equal(0, share);
    }

    [Fact]
    public void PlanIsItsLastShareForDaysInTheYearAfterTheTasksYear()
    {
        double[] plan = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
        var task = WinterCampaign with { PlannedByMonth = plan, Due = On(2, 28, 2025) };

        var share = Pacing.Expected(task, On(1, 15, 2025));

        Assert.Equal(0.95, share);
    }

    [Fact]
    public void PlanOverridesTheLinearPaceInStatus()
    {
        var entries = new[] { Entry(140, On(4, 10)) };

        var planned = Evaluate(WinterCampaign, On(4, 30), entries);
        var linear = Evaluate(WinterCampaign with { PlannedByMonth = null }, On(4, 30), entries);

        Assert.Equal(0.30 - 0.07, planned.Lag, 12);
        Assert.Equal(121.0 / 366 - 0.07, linear.Lag, 12);
        Assert.Equal(ProgressStatus.Yellow, planned.Status);
        Assert.Equal(ProgressStatus.Red, linear.Status);
    }
}
