namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Tasks;
using static Build;

public class MilestoneMeasurementTests
{
    private static readonly TaskDefinition CaseCenterUpgrade =
        MilestoneTask("升级执法办案中心", ("方案审批", 0.3), ("施工改造", 0.3), ("验收启用", 0.4));

    [Theory]
    [InlineData(new int[0], 0)]
    [InlineData(new[] { 0 }, 0.3)]
    [InlineData(new[] { 2 }, 0.4)]
    [InlineData(new[] { 0, 1 }, 0.6)]
    [InlineData(new[] { 0, 2 }, 0.7)]
    [InlineData(new[] { 1, 2 }, 0.7)]
    [InlineData(new[] { 0, 1, 2 }, 1)]
    public void PercentIsTheSumOfTheWeightsOfDoneStages(int[] stages, double percent)
    {
        var entries = stages.Select((s, i) => StageDone(s, On(i + 3, 1))).ToArray();

        var measure = Measured(CaseCenterUpgrade, entries);

        Assert.Equal(percent, measure.Percent, 9);
    }

    [Fact]
    public void StageReportedTwiceCountsOnce()
    {
        var entries = new[] { StageDone(0, On(3, 1)), StageDone(0, On(3, 15)) };

        var measure = Measured(CaseCenterUpgrade, entries);

        Assert.Equal(0.3, measure.Percent, 9);
    }

    [Fact]
    public void ReturnedStageIsNoLongerDone()
    {
        var entries = new[] { StageDone(0, On(3, 1)), StageDone(1, On(5, 1)).Returned() };

        var measure = Measured(CaseCenterUpgrade, entries);

        Assert.Equal(0.3, measure.Percent, 9);
    }

    [Fact]
    public void AllStagesDoneIsDoneEvenLongBeforeDue()
    {
        var entries = new[] { StageDone(2, On(6, 1)), StageDone(0, On(3, 1)), StageDone(1, On(4, 1)) };

        var progress = Evaluate(CaseCenterUpgrade, On(6, 30), entries);

        Assert.Equal(1, progress.Percent);
        Assert.Equal(ProgressStatus.Done, progress.Status);
        Assert.False(progress.DueSoon);
    }

    [Fact]
    public void PartlyDoneMilestonePastDueIsRed()
    {
        var entries = new[] { StageDone(0, On(3, 1)), StageDone(1, On(9, 1)) };

        var progress = Evaluate(CaseCenterUpgrade, On(1, 5, 2025), entries);

        Assert.Equal(0.6, progress.Percent, 9);
        Assert.Equal(ProgressStatus.Red, progress.Status);
    }

    [Fact]
    public void MilestoneWithTheDefaultSingleStageIsDoneByOneReport()
    {
        var task = MilestoneTask("制定法治建设年度工作要点");

        var progress = Evaluate(task, On(2, 20), StageDone(0, On(2, 10)));

        Assert.Single(task.Metric.Stages);
        Assert.Equal(1, progress.Percent);
        Assert.Equal(ProgressStatus.Done, progress.Status);
    }

    [Fact]
    public void MilestoneWithTheDefaultSingleStageIsNothingUntilReported()
    {
        var task = MilestoneTask("制定法治建设年度工作要点");

        var measure = Measured(task);

        Assert.Equal(0, measure.Percent);
    }
}
