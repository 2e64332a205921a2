namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Domain;
using static Build;

/// <summary>Entries stored before values were bounded still measure to finite figures: JSON cannot carry an infinity.</summary>
public class FiniteFiguresTests
{
    [Fact]
    public void TwoHugeIncrementsMeasureToAFiniteActualAndAFullPercent()
    {
        var task = CountTask("执法质量检查", 12);

        var measure = Measured(task, Entry(1.7e308, On(3, 1)), Entry(1.7e308, On(3, 2)));

        Assert.True(double.IsFinite(measure.Actual));
        Assert.True(double.IsFinite(measure.Ratio));
        Assert.Equal(1, measure.Percent);
    }

    [Fact]
    public void IndicatorOfHugeTasksStaysFinite()
    {
        var tasks = new[] { "秩序中队", "城区中队" }.Select(unit =>
            Judge(CountTask($"查处酒醉驾（{unit}）", 1.7e308) with { IndicatorCode = "drunk-driving" }, On(6, 30), Entry(1.7e308, On(3, 1))));

        IndicatorValue indicator = Indicators.Compute(tasks).Single();

        Assert.True(double.IsFinite(indicator.Actual));
        Assert.True(double.IsFinite(indicator.Target));
    }
}
