namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;
using static Build;

/// <summary>Brigade figures for the annual report (查处酒醉驾 1169 起) from tasks sharing an indicator code.</summary>
public class IndicatorTests
{
    private static readonly DateOnly YearEnd = On(12, 31);

    private static TaskDefinition DrunkDriving(string unitId) =>
        CountTask($"{unitId}查处酒醉驾", 500, "起") with { Id = $"dd-{unitId}", UnitId = unitId, IndicatorCode = "drunk-driving" };

    private static TaskDefinition RecorderMatchRate(string unitId) =>
        RateTask($"{unitId}执法记录仪相符率", 0.90) with { Id = $"rec-{unitId}", UnitId = unitId, IndicatorCode = "recorder-match" };

    [Fact]
    public void CountIndicatorSumsTheUnitsActualsAndTargetsUncapped()
    {
        var tasks = new[]
        {
            Judge(DrunkDriving("一中队"), YearEnd, Entry(280, On(6, 30)), Entry(320, On(12, 20))),
            Judge(DrunkDriving("二中队"), YearEnd, Entry(569, On(12, 20))),
        };

        var indicator = Assert.Single(Indicators.Compute(tasks));

        Assert.Equal("drunk-driving", indicator.Code);
        Assert.Equal(MetricKind.Count, indicator.Kind);
        Assert.Equal(1169, indicator.Actual);
        Assert.Equal(1000, indicator.Target);
        Assert.Equal(2, indicator.TaskCount);
    }

    [Fact]
    public void ReturnedEntryLeavesTheCountIndicatorAtOnce()
    {
        var tasks = new[]
        {
            Judge(DrunkDriving("一中队"), YearEnd, Entry(600, On(12, 20))),
            Judge(DrunkDriving("二中队"), YearEnd, Entry(569, On(12, 20)), Entry(31, On(12, 25)).Returned()),
        };

        var indicator = Assert.Single(Indicators.Compute(tasks));

        Assert.Equal(1169, indicator.Actual);
    }

    [Fact]
    public void RateIndicatorIsTheMeanOfTheUnitsLatestValues()
    {
        var tasks = new[]
        {
            Judge(RecorderMatchRate("一中队"), YearEnd, Entry(0.99, On(3, 31)), Entry(0.94, On(11, 30))),
            Judge(RecorderMatchRate("二中队"), YearEnd, Entry(0.86, On(11, 30))),
        };

        var indicator = Assert.Single(Indicators.Compute(tasks));

        Assert.Equal(MetricKind.Rate, indicator.Kind);
        Assert.Equal(0.90, indicator.Actual, 12);
        Assert.Equal(0.90, indicator.Target, 12);
    }

    [Fact]
    public void RateIndicatorLeavesOutUnitsThatHaveNotReported()
    {
        var tasks = new[]
        {
            Judge(RecorderMatchRate("一中队"), YearEnd, Entry(0.94, On(11, 30))),
            Judge(RecorderMatchRate("二中队"), YearEnd, Entry(0.88, On(11, 30))),
            Judge(RecorderMatchRate("三中队"), YearEnd),
        };

        var indicator = Assert.Single(Indicators.Compute(tasks));

        Assert.Equal(0.91, indicator.Actual, 12);
    }

    [Fact]
    public void MilestoneTasksAndTasksWithoutACodeAreNotIndicators()
    {
        var upgrade = MilestoneTask("升级执法办案中心") with { IndicatorCode = "case-center" };
        var tasks = new[]
        {
            Judge(upgrade, YearEnd, StageDone(0, On(10, 1))),
            Judge(CountTask("执法质量检查", 12), YearEnd, Entry(12, On(12, 1))),
            Judge(DrunkDriving("一中队"), YearEnd, Entry(600, On(12, 20))),
        };

        var indicators = Indicators.Compute(tasks);

        Assert.Equal(["drunk-driving"], indicators.Select(i => i.Code));
    }

    [Fact]
    public void EachIndicatorCodeIsItsOwnFigure()
    {
        var tasks = new[]
        {
            Judge(DrunkDriving("一中队"), YearEnd, Entry(600, On(12, 20))),
            Judge(RecorderMatchRate("一中队"), YearEnd, Entry(0.94, On(11, 30))),
            Judge(DrunkDriving("二中队"), YearEnd, Entry(569, On(12, 20))),
        };

        var indicators = Indicators.Compute(tasks);

        Assert.Equal(1169, indicators.Single(i => i.Code == "drunk-driving").Actual);
        Assert.Equal(0.94, indicators.Single(i => i.Code == "recorder-match").Actual, 12);
    }
}
