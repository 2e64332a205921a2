namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;
using static Build;

/// <summary>临近时限: an unfinished task due within the brigade's window (7 days by default).</summary>
public class DueSoonTests
{
    private static readonly TaskDefinition Articles = CountTask("发稿", 400, "篇");

    [Theory]
    [InlineData(12, 23, 2024, 0.9, false)]
    [InlineData(12, 24, 2024, 0.9, true)]
    [InlineData(12, 28, 2024, 0.9, true)]
    [InlineData(12, 31, 2024, 0.9, true)]
    [InlineData(1, 1, 2025, 0.9, false)]
    [InlineData(12, 28, 2024, 1.0, false)]
    [InlineData(6, 30, 2024, 0.1, false)]
    public void DueSoonOnlyForAnUnfinishedTaskWithinSevenDaysOfDue(
        int month, int day, int year, double percent, bool dueSoon)
    {
        var progress = Progress.Evaluate(Articles, AtPercent(percent), On(month, day, year), StatusThresholds.Default);

        Assert.Equal(dueSoon, progress.DueSoon);
    }

    [Fact]
    public void FinishedCountTaskInTheLastWeekIsDoneNotDueSoon()
    {
        var progress = Evaluate(Articles, On(12, 27), Entry(410, On(12, 26)));

        Assert.Equal(ProgressStatus.Done, progress.Status);
        Assert.False(progress.DueSoon);
    }

    [Fact]
    public void OverdueTaskIsRedButNoLongerDueSoon()
    {
        var task = Articles with { Due = On(6, 30) };

        var progress = Evaluate(task, On(7, 1), Entry(200, On(6, 1)));

        Assert.Equal(ProgressStatus.Red, progress.Status);
        Assert.False(progress.DueSoon);
    }

    [Fact]
    public void BrigadeWindowOfThreeDaysNarrowsDueSoon()
    {
        var threeDays = StatusThresholds.Default with { DueSoonDays = 3 };

        var fourDaysLeft = Progress.Evaluate(Articles, AtPercent(0.95), On(12, 27), threeDays);
        var threeDaysLeft = Progress.Evaluate(Articles, AtPercent(0.95), On(12, 28), threeDays);

        Assert.False(fourDaysLeft.DueSoon);
        Assert.True(threeDaysLeft.DueSoon);
    }
}
