namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;
using static Build;

public class RateMeasurementTests
{
    private static readonly TaskDefinition RecorderMatchRate = RateTask("执法记录仪相符率", 0.90);
    private static readonly TaskDefinition DeathRate = RateTask("万车死亡率", 2.5, RateDirection.LowerIsBetter);

    [Theory]
    [InlineData(0.87, 0.9667, 0.9667)]
    [InlineData(0.45, 0.5, 0.5)]
    [InlineData(0.90, 1, 1)]
    [InlineData(0.95, 1, 1.0556)]
    public void HigherIsBetterPercentIsActualOverTargetCappedAtOne(double value, double percent, double ratio)
    {
        var measure = Measured(RecorderMatchRate, Entry(value, On(3, 31)));

        Assert.Equal(value, measure.Actual);
        Assert.Equal(percent, measure.Percent, 4);
        Assert.Equal(ratio, measure.Ratio, 4);
    }

    [Theory]
    [InlineData(1.8, 1)]
    [InlineData(2.5, 1)]
    [InlineData(3.0, 2.5 / 3.0)]
    [InlineData(5.0, 0.5)]
    public void LowerIsBetterPercentIsOneAtOrBelowTargetElseTargetOverActual(double value, double percent)
    {
        var measure = Measured(DeathRate, Entry(value, On(6, 30)));

        Assert.Equal(value, measure.Actual);
        Assert.Equal(percent, measure.Percent, 9);
    }

    [Fact]
    public void ActualIsTheLatestValueByOccurrenceNotByRecordingOrder()
    {
        var march = Entry(0.85, occurredOn: On(3, 31), recordedOn: On(4, 2));
        var lateJanuaryReport = Entry(0.95, occurredOn: On(1, 31), recordedOn: On(4, 5));

        var measure = Measured(RecorderMatchRate, march, lateJanuaryReport);

        Assert.Equal(0.85, measure.Actual);
        Assert.Equal(2, measure.AcceptedEntries);
    }

    [Fact]
    public void OfTwoValuesForTheSameDayRecordedAtTheSameTimeTheOneLaterInTheLogCounts()
    {
        var first = Entry(0.81, On(5, 31));
        var second = Entry(0.93, On(5, 31));

        var inLogOrder = Measured(RecorderMatchRate, first, second);
        var reversed = Measured(RecorderMatchRate, second, first);

        Assert.Equal(0.93, inLogOrder.Actual);
        Assert.Equal(0.81, reversed.Actual);
    }

    [Fact]
    public void ReturnedLatestValueFallsBackToTheValueBeforeIt()
    {
        var entries = new[] { Entry(0.88, On(2, 29)), Entry(0.97, On(3, 31)).Returned() };

        var measure = Measured(RecorderMatchRate, entries);

        Assert.Equal(0.88, measure.Actual);
    }

    [Theory]
    [InlineData(1, 31, 0.80)]
    [InlineData(2, 28, 0.80)]
    [InlineData(2, 29, 0.86)]
    [InlineData(4, 30, 0.92)]
    public void AsOfTakesTheLatestValueThatOccurredOnOrBeforeThatDay(int month, int day, double actual)
    {
        var entries = new[] { Entry(0.92, On(3, 31)), Entry(0.80, On(1, 31)), Entry(0.86, On(2, 29)) };

        var measure = Measurement.Measure(RecorderMatchRate.Metric, entries, On(month, day));

        Assert.Equal(actual, measure.Actual);
    }
}
