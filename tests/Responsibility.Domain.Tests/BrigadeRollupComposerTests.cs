namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;
using static Zichuan;

/// <summary>The brigade rollup of <see cref="Zichuan"/> at mid-year; every task expects 182/366 by Jun 30.</summary>
public class BrigadeRollupComposerTests
{
    private const double MidYearPace = 182.0 / 366;

    private static BrigadeRollup Compose() =>
        BrigadeRollupComposer.Compose("zichuan", Build.Year, MidYear, Units, Leaders, JudgedMidYear());

    [Fact]
    public void OverallRollupWeighsEveryTaskOfTheBrigade()
    {
        var rollup = Compose();

        Assert.Equal("zichuan", rollup.BrigadeId);
        Assert.Equal(2024, rollup.Year);
        Assert.Equal(MidYear, rollup.AsOf);
        Assert.Equal(5, rollup.Overall.TaskCount);
        Assert.Equal((2 * 0.5 + 0.25 + 0.6 + 1 + 0.2) / 6, rollup.Overall.Percent, 12);
        Assert.Equal(MidYearPace, rollup.Overall.Expected, 12);
        Assert.Equal(new StatusCounts(Done: 1, Green: 2, Yellow: 1, Red: 1, NotStarted: 0, DueSoon: 0), rollup.Overall.Counts);
    }

    [Theory]
    [InlineData("fazhi", "法制室", 2, (2 * 0.5 + 0.25) / 3)]
    [InlineData("yizhongdui", "一中队", 2, (0.6 + 1) / 2)]
    [InlineData("xuanchuan", "宣传科", 1, 0.2)]
    [InlineData("shigu", "事故中队", 0, 0)]
    public void EveryUnitHasARollupOfItsOwnTasks(string unitId, string name, int taskCount, double percent)
    {
        var units = Compose().Units;

        var unit = Assert.Single(units, u => u.UnitId == unitId);
        Assert.Equal(4, units.Length);
        Assert.Equal(name, unit.Name);
        Assert.Equal(taskCount, unit.Rollup.TaskCount);
        Assert.Equal(percent, unit.Rollup.Percent, 12);
    }

    [Theory]
    [InlineData("执法规范化", "执法质量检查")]
    [InlineData("法治建设", "法治培训")]
    [InlineData("党风廉政", "廉政谈话")]
    [InlineData("秩序整治", "查处酒醉驾")]
    [InlineData("宣传", "发稿")]
    public void EachCategoryRollsUpItsOwnTasks(string category, string onlyTask)
    {
        var judged = JudgedMidYear().Single(t => t.Definition.Title == onlyTask);

        var categories = Compose().Categories;

        var rollup = Assert.Single(categories, c => c.Category == category).Rollup;
        Assert.Equal(5, categories.Length);
        Assert.Equal(1, rollup.TaskCount);
        Assert.Equal(judged.Progress.Percent, rollup.Percent, 12);
    }

    [Theory]
    [InlineData(DutyLine.Business, 3, (2 * 0.5 + 0.6 + 0.2) / 4)]
    [InlineData(DutyLine.Accountability, 2, (0.25 + 1) / 2)]
    public void EachDutyLineRollsUpItsTasksAcrossTheBrigade(DutyLine line, int taskCount, double percent)
    {
        var dutyLines = Compose().DutyLines;

        var rollup = Assert.Single(dutyLines, d => d.DutyLine == line).Rollup;
        Assert.Equal(2, dutyLines.Length);
        Assert.Equal(taskCount, rollup.TaskCount);
        Assert.Equal(percent, rollup.Percent, 12);
    }

    [Fact]
    public void LaggingTasksOfTheBrigadeAreTheYellowAndRedOnesMostBehindFirst()
    {
        var lagging = Compose().Overall.Lagging;

        Assert.Equal(["发稿", "法治培训"], lagging.Select(l => l.Title));
        Assert.Equal([ProgressStatus.Red, ProgressStatus.Yellow], lagging.Select(l => l.Status));
    }

    [Fact]
    public void IndicatorsAreComposedFromTheBrigadesTasks()
    {
        var indicator = Assert.Single(Compose().Indicators);

        Assert.Equal("drunk-driving", indicator.Code);
        Assert.Equal(300, indicator.Actual);
        Assert.Equal(500, indicator.Target);
    }

    [Fact]
    public void BrigadeWithNoTasksStillListsItsUnitsLeadersAndBothDutyLines()
    {
        var rollup = BrigadeRollupComposer.Compose("zichuan", Build.Year, MidYear, Units, Leaders, []);

        Assert.Equal(0, rollup.Overall.TaskCount);
        Assert.Equal(4, rollup.Units.Length);
        Assert.All(rollup.Units, u => Assert.Equal(0, u.Rollup.TaskCount));
        Assert.Equal(2, rollup.Leaders.Length);
        Assert.Equal([DutyLine.Business, DutyLine.Accountability], rollup.DutyLines.Select(d => d.DutyLine));
        Assert.Empty(rollup.Categories);
        Assert.Empty(rollup.Indicators);
    }
}
