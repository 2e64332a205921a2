namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;
using static Build;

public class RollupTests
{
    [Fact]
    public void PercentAndExpectedAreWeightedByTaskWeight()
    {
        var inspections = Judged(CountTask("执法质量检查", 12), percent: 0.8, expected: 0.5, ProgressStatus.Green);
        var articles = Judged(CountTask("发稿", 400, "篇") with { Weight = 3 }, percent: 0.4, expected: 0.6, ProgressStatus.Yellow);

        var rollup = Rollups.Summarize([inspections, articles]);

        Assert.Equal((1 * 0.8 + 3 * 0.4) / 4, rollup.Percent, 12);
        Assert.Equal((1 * 0.5 + 3 * 0.6) / 4, rollup.Expected, 12);
        Assert.Equal(0.575 - 0.5, rollup.Lag, 12);
        Assert.Equal(2, rollup.TaskCount);
    }

    [Fact]
    public void EqualWeightsGiveThePlainMean()
    {
        var tasks = new[]
        {
            Judged(CountTask("执法质量检查", 12), 1.0, 0.5, ProgressStatus.Done),
            Judged(CountTask("发稿", 400, "篇"), 0.3, 0.5, ProgressStatus.Yellow),
            Judged(RateTask("执法记录仪相符率", 0.9), 0.8, 1.0, ProgressStatus.Yellow),
        };

        var rollup = Rollups.Summarize(tasks);

        Assert.Equal(0.7, rollup.Percent, 12);
        Assert.Equal(2.0 / 3, rollup.Expected, 12);
    }

    [Fact]
    public void CountsTasksByStatusAndCountsDueSoonSeparately()
    {
        var tasks = new[]
        {
            Judged(CountTask("执法质量检查", 12), 1.0, 0.9, ProgressStatus.Done),
            Judged(CountTask("发稿", 400, "篇"), 0.9, 0.9, ProgressStatus.Green, dueSoon: true),
            Judged(CountTask("法治培训", 4), 0.5, 0.5, ProgressStatus.Green),
            Judged(CountTask("案件评查", 6), 0.3, 0.5, ProgressStatus.Yellow, dueSoon: true),
            Judged(MilestoneTask("升级执法办案中心"), 0.0, 1.0, ProgressStatus.Red),
            Judged(CountTask("冬季整治", 2000, "起"), 0.0, 0.0, ProgressStatus.NotStarted),
        };

        var counts = Rollups.Summarize(tasks).Counts;

        Assert.Equal(new StatusCounts(Done: 1, Green: 2, Yellow: 1, Red: 1, NotStarted: 1, DueSoon: 2), counts);
    }

    [Fact]
    public void LaggingListsOnlyYellowAndRedTasksMostBehindFirst()
    {
        var tasks = new[]
        {
            Judged(CountTask("执法质量检查", 12), 0.45, 0.5, ProgressStatus.Green),
            Judged(CountTask("发稿", 400, "篇"), 0.35, 0.5, ProgressStatus.Yellow),
            Judged(MilestoneTask("升级执法办案中心"), 0.1, 0.5, ProgressStatus.Red),
            Judged(CountTask("法治培训", 4), 0.8, 1.0, ProgressStatus.Red),
            Judged(CountTask("案件评查", 6), 1.0, 0.5, ProgressStatus.Done),
        };

        var lagging = Rollups.Summarize(tasks).Lagging;

        Assert.Equal(["升级执法办案中心", "法治培训", "发稿"], lagging.Select(l => l.Title));
        Assert.Equal([0.4, 0.2, 0.15], lagging.Select(l => Math.Round(l.Lag, 12)));
        Assert.Equal([ProgressStatus.Red, ProgressStatus.Red, ProgressStatus.Yellow], lagging.Select(l => l.Status));
    }

    [Fact]
    public void LaggingTaskCarriesWhoIsResponsibleAndTheLatestNote()
    {
        var task = CountTask("发稿", 400, "篇") with { UnitId = "xuanchuan", LeaderId = "leader-li" };
        var judged = Judge(task, On(6, 30), Entry(50, On(5, 31)) with { Note = "5月份发稿50篇" });

        var lagging = Assert.Single(Rollups.Summarize([judged]).Lagging);

        Assert.Equal(task.Id, lagging.TaskId);
        Assert.Equal(task.Code, lagging.Code);
        Assert.Equal("xuanchuan", lagging.UnitId);
        Assert.Equal("leader-li", lagging.LeaderId);
        Assert.Equal(0.125, lagging.Percent, 12);
        Assert.Equal(182.0 / 366, lagging.Expected, 12);
        Assert.Equal(ProgressStatus.Red, lagging.Status);
        Assert.Equal("5月份发稿50篇", lagging.LatestNote);
    }

    [Fact]
    public void EmptySetOfTasksRollsUpToZeros()
    {
        var rollup = Rollups.Summarize([]);

        Assert.Equal(0, rollup.Percent);
        Assert.Equal(0, rollup.Expected);
        Assert.Equal(0, rollup.Lag);
        Assert.Equal(0, rollup.TaskCount);
        Assert.Equal(new StatusCounts(0, 0, 0, 0, 0, 0), rollup.Counts);
        Assert.Empty(rollup.Lagging);
    }
}
