namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;
using static Build;

/// <summary>红黄绿灯 from lag = expected − percent, on a rate whose expected share is 1 all year.</summary>
public class StatusThresholdTests
{
    private static readonly TaskDefinition RecorderMatchRate = RateTask("执法记录仪相符率", 0.90);
    private static readonly DateOnly MidYear = On(6, 30);

    [Theory]
    [InlineData(1.0, ProgressStatus.Green)]
    [InlineData(0.95, ProgressStatus.Green)]
    [InlineData(0.90, ProgressStatus.Green)]
    [InlineData(0.8999, ProgressStatus.Yellow)]
    [InlineData(0.80, ProgressStatus.Yellow)]
    [InlineData(0.75, ProgressStatus.Yellow)]
    [InlineData(0.7499, ProgressStatus.Red)]
    [InlineData(0.0, ProgressStatus.Red)]
    public void DefaultThresholdsTurnYellowAboveATenthAndRedAboveAQuarterOfLag(double percent, ProgressStatus status)
    {
        var progress = Progress.Evaluate(RecorderMatchRate, AtPercent(percent), MidYear, StatusThresholds.Default);

        Assert.Equal(1 - percent, progress.Lag, 12);
        Assert.Equal(status, progress.Status);
    }

    [Theory]
    [InlineData(0.96, ProgressStatus.Green, ProgressStatus.Green)]
    [InlineData(0.92, ProgressStatus.Green, ProgressStatus.Yellow)]
    [InlineData(0.85, ProgressStatus.Yellow, ProgressStatus.Yellow)]
    [InlineData(0.80, ProgressStatus.Yellow, ProgressStatus.Red)]
    [InlineData(0.70, ProgressStatus.Red, ProgressStatus.Red)]
    public void BrigadeThresholdsOfFiveAndFifteenHundredthsAreStricterThanTheDefaults(
        double percent, ProgressStatus withDefaults, ProgressStatus withStrict)
    {
        var strict = new StatusThresholds(0.05, 0.15, 7);

        var byDefault = Progress.Evaluate(RecorderMatchRate, AtPercent(percent), MidYear, StatusThresholds.Default);
        var byStrict = Progress.Evaluate(RecorderMatchRate, AtPercent(percent), MidYear, strict);

        Assert.Equal(withDefaults, byDefault.Status);
        Assert.Equal(withStrict, byStrict.Status);
    }

    [Fact]
    public void LinearCountTaskTurnsYellowOnceItFallsMoreThanATenthBehindThePace()
    {
        var inspections = CountTask("执法质量检查", 10) with { Start = On(3, 1), Due = On(3, 10) };
        var entries = new[] { Entry(4, On(3, 2)) };

        var onFifth = Evaluate(inspections, On(3, 5), entries);
        var onSixth = Evaluate(inspections, On(3, 6), entries);

        Assert.Equal(0.1, onFifth.Lag, 12);
        Assert.Equal(ProgressStatus.Green, onFifth.Status);
        Assert.Equal(0.2, onSixth.Lag, 12);
        Assert.Equal(ProgressStatus.Yellow, onSixth.Status);
    }

    [Fact]
    public void LagIsExpectedMinusPercentAndMayBeNegativeWhenAhead()
    {
        var articles = CountTask("发稿", 400, "篇");

        var progress = Evaluate(articles, On(1, 31), Entry(100, On(1, 20)));

        Assert.Equal(31.0 / 366 - 0.25, progress.Lag, 12);
        Assert.Equal(ProgressStatus.Green, progress.Status);
    }

    [Theory]
    [InlineData(0.5, 0.6, 0, ProgressStatus.NotStarted)]
    [InlineData(1.0, 0.0, 4, ProgressStatus.Done)]
    [InlineData(0.95, -0.05, 4, ProgressStatus.Green)]
    [InlineData(0.80, 0.10, 4, ProgressStatus.Green)]
    [InlineData(0.79, 0.11, 4, ProgressStatus.Yellow)]
    [InlineData(0.60, 0.25, 4, ProgressStatus.Yellow)]
    [InlineData(0.59, 0.26, 4, ProgressStatus.Red)]
    public void RollupWithoutTasksIsNotStartedAtFullPercentDoneAndOtherwiseLitByItsLagAsATaskIs(
        double percent, double lag, int taskCount, ProgressStatus status)
    {
        var rollup = StatusThresholds.Default.OfRollup(percent, lag, taskCount);

        Assert.Equal(status, rollup);
    }
}
