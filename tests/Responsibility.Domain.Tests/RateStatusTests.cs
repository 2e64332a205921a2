namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Tasks;
using static Build;

/// <summary>A rate is a level held through the year: reaching the target early is on pace, holding it at due is done.</summary>
public class RateStatusTests
{
    private static readonly TaskDefinition RecorderMatchRate = RateTask("执法记录仪相符率", 0.90);
    private static readonly TaskDefinition DeathRate = RateTask("万车死亡率", 2.5, RateDirection.LowerIsBetter);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 15)]
    [InlineData(6, 30)]
    [InlineData(12, 31)]
    public void ExpectedShareOfARateIsOneFromItsFirstDay(int month, int day)
    {
        var progress = Evaluate(RecorderMatchRate, On(month, day), Entry(0.92, On(1, 1)));

        Assert.Equal(1, progress.Expected);
    }

    [Fact]
    public void RateBeforeItsStartIsNotStartedWithNothingExpected()
    {
        var task = RecorderMatchRate with { Start = On(4, 1) };

        var progress = Evaluate(task, On(3, 31));

        Assert.Equal(0, progress.Expected);
        Assert.Equal(ProgressStatus.NotStarted, progress.Status);
    }

    [Theory]
    [InlineData(0.92, 6, 30, 2024, ProgressStatus.Green)]
    [InlineData(0.92, 12, 30, 2024, ProgressStatus.Green)]
    [InlineData(0.92, 12, 31, 2024, ProgressStatus.Done)]
    [InlineData(0.92, 1, 10, 2025, ProgressStatus.Done)]
    [InlineData(0.87, 1, 10, 2025, ProgressStatus.Red)]
    [InlineData(0.87, 6, 30, 2024, ProgressStatus.Green)]
    [InlineData(0.75, 6, 30, 2024, ProgressStatus.Yellow)]
    public void HigherIsBetterRateIsDoneOnlyWhenHeldAtDue(
        double value, int month, int day, int year, ProgressStatus status)
    {
        var progress = Evaluate(RecorderMatchRate, On(month, day, year), Entry(value, On(6, 1)));

        Assert.Equal(status, progress.Status);
    }

    [Theory]
    [InlineData(2.1, 9, 30, 2024, ProgressStatus.Green)]
    [InlineData(2.1, 12, 31, 2024, ProgressStatus.Done)]
    [InlineData(3.0, 1, 10, 2025, ProgressStatus.Red)]
    public void LowerIsBetterRateIsDoneOnlyWhenHeldAtDue(
        double value, int month, int day, int year, ProgressStatus status)
    {
        var progress = Evaluate(DeathRate, On(month, day, year), Entry(value, On(6, 1)));

        Assert.Equal(status, progress.Status);
    }

    [Fact]
    public void RateHeldInTheLastWeekBeforeDueIsStillUnfinishedAndDueSoon()
    {
        var progress = Evaluate(RecorderMatchRate, On(12, 28), Entry(0.95, On(12, 1)));

        Assert.Equal(ProgressStatus.Green, progress.Status);
        Assert.True(progress.DueSoon);
    }

    [Fact]
    public void RateWithAMonthlyPlanFollowsThePlanInsteadOfHoldingFromStart()
    {
        double[] plan = [0.5, 0.5, 0.6, 0.6, 0.7, 0.7, 0.8, 0.8, 0.9, 0.9, 1, 1];
        var task = RecorderMatchRate with { PlannedByMonth = plan };

        var progress = Evaluate(task, On(1, 31), Entry(0.45, On(1, 20)));

        Assert.Equal(0.5, progress.Expected, 9);
        Assert.Equal(ProgressStatus.Green, progress.Status);
    }
}
