namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;
using Responsibility.Grains.Tasks;

/// <summary>What a task keeps beside its entries so a write need not go through them must say what going through them says.</summary>
public sealed class TaskStateTests
{
    private static readonly TaskDefinition Rate = new(
        "t1", "b1", 2024, "FZ-01", "执法记录仪使用率", "执法规范化", "fazhi", "l1", DutyLine.Business,
        new Metric(MetricKind.Rate, 0.9, "%", RateDirection.HigherIsBetter, []), 1, new(2024, 1, 1), new(2024, 12, 31), null, null);

    [Fact]
    public void KeptMeasureEqualsAMeasureOfEveryEntryAfterEachEvent()
    {
        var state = new TaskState();
        state.Apply(new TaskDefined(Rate));
        var random = new Random(3);

        for (var i = 0; i < 300; i++)
        {
            // Reports out of date order, a return now and then, and one change of target.
            TaskEvent next = (i % 37, i) switch
            {
                (36, _) => new EntryReturned(state.Entries[random.Next(state.Entries.Count)].Id, new EntryReturn("不实", "lead", Stamp(i))),
                (_, 150) => new TaskChanged(Rate, Rate with { Metric = Rate.Metric with { Target = 0.8 } }),
                _ => new ProgressReported(Entry(i, new DateOnly(2024, 1 + random.Next(12), 1 + random.Next(28)), random.NextDouble())),
            };
            state.Apply(next);

            Assert.Equal(Measurement.Measure(state.Definition!.Metric, state.Entries), state.Measure());
            Assert.Equal(Measurement.Measure(state.Definition.Metric, state.Entries, new(2024, 6, 30)), state.Measure(new(2024, 6, 30)));
        }
    }

    [Fact]
    public void MeasureAfterAWriteIsTheMeasureItLeavesAndTheStateIsUnchangedUntilItIsConfirmed()
    {
        var state = new TaskState();
        state.Apply(new TaskDefined(Rate));
        state.Apply(new ProgressReported(Entry(1, new(2024, 3, 31), 0.7)));
        var before = state.Measure();
        TaskEvent[] updates = [new ProgressReported(Entry(2, new(2024, 4, 30), 0.85)), new ProgressReported(Entry(3, new(2024, 2, 29), 0.5))];

        var (_, after) = state.After(updates);

        Assert.Equal(before, state.Measure());
        Assert.Single(state.Entries);
        Assert.Equal(0.85, after.Actual);
        Assert.Equal(3, after.AcceptedEntries);
    }

    [Fact]
    public void AnIdempotencyKeyFindsItsEntryAsItStandsNow()
    {
        var state = new TaskState();
        state.Apply(new TaskDefined(Rate));
        var keyed = Entry(1, new(2024, 3, 31), 0.7) with { IdempotencyKey = "k1", ReportedBy = "fazhi" };
        state.Apply(new ProgressReported(keyed));
        Assert.NotNull(state.Keyed("k1", "fazhi"));

        state.Apply(new EntryReturned(keyed.Id, new EntryReturn("不实", "lead", Stamp(2))));
        state.Apply(new ProgressReported(Entry(3, new(2024, 4, 30), 0.8) with { IdempotencyKey = "k2", ReportedBy = "fazhi" }));

        Assert.True(state.Keyed("k1", "fazhi")!.Returned);
        Assert.Equal(0.8, state.Keyed("k2", "fazhi")!.Value);
        Assert.Null(state.Keyed("k1", "someone-else"));
    }

    private static ProgressEntry Entry(int i, DateOnly on, double value) =>
        new($"e{i}", value, null, on, Stamp(i), "fazhi", $"第{i}次", null, null, null);

    private static DateTimeOffset Stamp(int i) => new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.FromHours(8)).AddHours(i);
}
