namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Journal;

/// <summary>A snapshot costs as much as the state is large, so large states take one less often.</summary>
public sealed class SnapshotCadenceTests
{
    [Theory]
    [InlineData(99, 100, 0, true)]
    [InlineData(100, 199, 0, false)]
    [InlineData(199, 201, 399, true)]
    [InlineData(100, 200, 20_000, false)]
    [InlineData(6_399, 6_400, 20_000, true)]
    [InlineData(6_400, 12_799, 20_000, false)]
    public void SnapshotEveryHundredEventsUntilTheStateHoldsFourTimesAsManyItemsThenLessOften(long before, long after, int size, bool due)
    {
        Assert.Equal(due, JournalReplay.SnapshotDue(before, after, size));
    }

    [Fact]
    public void SnapshotsOfAGrowingStateCostAConstantShareOfItsEvents()
    {
        // One item per event (a task's entries, a brigade's tasks): the items written into snapshots, per event.
        var written = 0L;
        for (var version = 1; version <= 100_000; version++)
        {
            written += JournalReplay.SnapshotDue(version - 1, version, version - 1) ? version : 0;
        }

        Assert.InRange(written / 100_000.0, 1, 8);
    }
}
