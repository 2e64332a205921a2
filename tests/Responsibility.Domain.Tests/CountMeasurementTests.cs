namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;
using static Build;

public class CountMeasurementTests
{
    private static readonly TaskDefinition Inspections = CountTask("执法质量检查", 12);
    private static readonly TaskDefinition Articles = CountTask("发稿", 400, "篇");

    public static TheoryData<string, double, double[], double, double> Increments => new()
    {
        { "执法质量检查", 12, [1], 1, 1.0 / 12 },
        { "执法质量检查", 12, [1, 1, 1], 3, 0.25 },
        { "执法质量检查", 12, [3, 4, 5], 12, 1 },
        { "发稿", 400, [120, 80, 100], 300, 0.75 },
        { "发稿", 400, [399], 399, 399.0 / 400 },
    };

    [Theory]
    [MemberData(nameof(Increments))]
    public void ActualIsTheSumOfAcceptedIncrementsAndPercentIsItsShareOfTarget(
        string title, double target, double[] increments, double actual, double percent)
    {
        var task = CountTask(title, target);
        var entries = increments.Select((v, i) => Entry(v, On(i + 1, 10))).ToArray();

        var measure = Measured(task, entries);

        Assert.Equal(actual, measure.Actual, 9);
        Assert.Equal(percent, measure.Percent, 9);
        Assert.True(measure.HasValue);
        Assert.Equal(increments.Length, measure.AcceptedEntries);
    }

    [Fact]
    public void OverAchievementCapsPercentAtOneKeepsTheUncappedRatioAndIsDone()
    {
        var entries = new[] { Entry(300, On(6, 30)), Entry(105, On(9, 30)) };

        var measure = Measured(Articles, entries);
        var progress = Evaluate(Articles, On(10, 8), entries);

        Assert.Equal(405, measure.Actual);
        Assert.Equal(1, measure.Percent);
        Assert.Equal(1.0125, measure.Ratio, 9);
        Assert.Equal(ProgressStatus.Done, progress.Status);
        Assert.Equal(1.0125, progress.Ratio, 9);
    }

    [Fact]
    public void ReturnedEntryIsLeftOutOfTheSum()
    {
        var entries = new[] { Entry(5, On(3, 10)), Entry(3, On(4, 10)).Returned(), Entry(2, On(5, 10)) };

        var measure = Measured(Inspections, entries);

        Assert.Equal(7, measure.Actual);
        Assert.Equal(2, measure.AcceptedEntries);
    }

    [Fact]
    public void TaskWhoseOnlyEntryWasReturnedHasNoValue()
    {
        var entries = new[] { Entry(4, On(3, 10)).Returned() };

        var measure = Measured(Inspections, entries);

        Assert.False(measure.HasValue);
        Assert.Equal(0, measure.Actual);
        Assert.Equal(0, measure.Percent);
    }

    [Theory]
    [InlineData(2, 28, 0)]
    [InlineData(3, 1, 2)]
    [InlineData(3, 31, 2)]
    [InlineData(4, 1, 5)]
    [InlineData(5, 15, 6)]
    public void AsOfCountsOnlyEntriesThatOccurredOnOrBeforeThatDay(int month, int day, double actual)
    {
        var entries = new[] { Entry(2, On(3, 1)), Entry(3, On(4, 1)), Entry(1, On(5, 15)) };

        var measure = Measurement.Measure(Inspections.Metric, entries, On(month, day));

        Assert.Equal(actual, measure.Actual);
    }

    [Fact]
    public void EntryRecordedLaterButOccurringEarlierCountsAsOfTheDayItOccurred()
    {
        var lateReport = Entry(4, occurredOn: On(2, 20), recordedOn: On(4, 2));
        var entries = new[] { Entry(2, On(3, 10)), lateReport };

        var measure = Measurement.Measure(Inspections.Metric, entries, On(3, 1));

        Assert.Equal(4, measure.Actual);
        Assert.Equal(On(2, 20), measure.LastOccurredOn);
    }

    [Fact]
    public void LatestNoteIsTheNoteOfTheEntryThatOccurredLast()
    {
        var entries = new[]
        {
            Entry(2, On(5, 10)) with { Note = "5月份开展执法质量检查2次" },
            Entry(1, occurredOn: On(4, 10), recordedOn: On(5, 20)) with { Note = "补报4月份检查" },
        };

        var measure = Measured(Inspections, entries);

        Assert.Equal("5月份开展执法质量检查2次", measure.LatestNote);
        Assert.Equal(On(5, 10), measure.LastOccurredOn);
    }
}
