namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;
using static Build;

/// <summary>序时进度 without a monthly plan: linear, counting both the start and the due day.</summary>
public class LinearPacingTests
{
    private static readonly TaskDefinition Articles = CountTask("发稿", 400, "篇");

    [Theory]
    [InlineData(1, 1, 1.0 / 366)]
    [InlineData(1, 31, 31.0 / 366)]
    [InlineData(2, 29, 60.0 / 366)]
    [InlineData(7, 1, 0.5)]
    [InlineData(12, 30, 365.0 / 366)]
    [InlineData(12, 31, 1)]
    public void ExpectedGrowsLinearlyFromStartToDueInclusive(int month, int day, double expected)
    {
        var share = Pacing.Expected(Articles, On(month, day));

        Assert.Equal(expected, share, 12);
    }

    [Fact]
    public void ExpectedCountsFromTheTasksOwnStartNotTheYear()
    {
        var task = Articles with { Start = On(7, 1) };

        var share = Pacing.Expected(task, On(7, 10));

        Assert.Equal(10.0 / 184, share, 12);
    }

    [Fact]
    public void BeforeStartNothingIsExpectedAndTheTaskIsNotStarted()
    {
        var task = Articles with { Start = On(3, 1) };

        var progress = Evaluate(task, On(2, 15));

        Assert.Equal(0, progress.Expected);
        Assert.Equal(ProgressStatus.NotStarted, progress.Status);
    }

    [Fact]
    public void AfterDueUnfinishedTaskIsRedWithEverythingExpected()
    {
        var progress = Evaluate(Articles, On(1, 3, 2025), Entry(399, On(12, 20)));

        Assert.Equal(1, progress.Expected);
        Assert.Equal(ProgressStatus.Red, progress.Status);
        Assert.False(progress.DueSoon);
    }

    [Fact]
    public void FinishedCountTaskStaysDoneAfterDue()
    {
        var progress = Evaluate(Articles, On(1, 3, 2025), Entry(400, On(12, 20)));

        Assert.Equal(ProgressStatus.Done, progress.Status);
    }

    [Theory]
    [InlineData(6, 29, 0)]
    [InlineData(6, 30, 1)]
    [InlineData(7, 1, 1)]
    public void ZeroLengthTaskExpectsNothingBeforeItsDayAndEverythingFromIt(int month, int day, double expected)
    {
        var task = CountTask("集中开展法治宣传日活动", 1) with { Start = On(6, 30), Due = On(6, 30) };

        var share = Pacing.Expected(task, On(month, day));

        Assert.Equal(expected, share);
    }

    [Fact]
    public void ZeroLengthTaskOnItsDayIsJudgedWithoutDividingByZero()
    {
        var task = CountTask("集中开展法治宣传日活动", 1) with { Start = On(6, 30), Due = On(6, 30) };

        var progress = Evaluate(task, On(6, 30));

        Assert.Equal(1, progress.Lag);
        Assert.Equal(ProgressStatus.Red, progress.Status);
        Assert.True(progress.DueSoon);
    }
}
