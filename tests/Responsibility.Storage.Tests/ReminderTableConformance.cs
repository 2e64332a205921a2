using Orleans;
using Orleans.Runtime;
using static Responsibility.Storage.Tests.ReminderSamples;

namespace Responsibility.Storage.Tests;

/// <summary>Behaviour every <see cref="SqlDialect"/> must show as a reminder table; subclasses supply the database.</summary>
public abstract class ReminderTableConformance
{
    protected const string ServiceId = "test-service";
    private static readonly GrainId Grain = GrainId.Create("report", "monthly");
    private static readonly GrainId OtherGrain = GrainId.Create("report", "weekly");

    /// <summary>A new table instance; every call in one test opens the same database.</summary>
    protected abstract SqlReminderTable CreateTable(string serviceId = ServiceId);

    /// <summary>Lets go of every connection, so the next table really reopens the database.</summary>
    protected abstract void CloseDatabase();

    [Fact]
    public async Task UpsertedEntryReadsBackByGrainAndByName()
    {
        var table = CreateTable();
        var entry = Entry(Grain, "close-month");

        var etag = await table.UpsertRow(entry);

        Assert.False(string.IsNullOrEmpty(etag));
        AssertEntry(entry, etag, await table.ReadRow(Grain, "close-month"));
        AssertEntry(entry, etag, Assert.Single((await table.ReadRows(Grain)).Reminders));
    }

    [Fact]
    public async Task MissingEntriesReadAsNullAndEmpty()
    {
        var table = CreateTable();

        Assert.Null(await table.ReadRow(Grain, "never"));
        Assert.Empty((await table.ReadRows(Grain)).Reminders);
        Assert.Empty((await table.ReadRows(0u, 0u)).Reminders);
        Assert.False(await table.RemoveRow(Grain, "never", "any-etag"));
    }

    [Fact]
    public async Task UpsertAgainReplacesTheRowAndChangesTheETag()
    {
        var table = CreateTable();
        var first = await table.UpsertRow(Entry(Grain, "close-month"));
        var replacement = Entry(Grain, "close-month", startAt: Start.AddDays(3), period: TimeSpan.FromHours(1));

        var second = await table.UpsertRow(replacement);

        Assert.NotEqual(first, second);
        AssertEntry(replacement, second, Assert.Single((await table.ReadRows(Grain)).Reminders));
    }

    [Fact]
    public async Task RemoveWithCurrentETagDeletesTheRow()
    {
        var table = CreateTable();
        var etag = await table.UpsertRow(Entry(Grain, "close-month"));

        Assert.True(await table.RemoveRow(Grain, "close-month", etag!));

        Assert.Null(await table.ReadRow(Grain, "close-month"));
        Assert.False(await table.RemoveRow(Grain, "close-month", etag!));
    }

    [Fact]
    public async Task RemoveWithStaleETagReturnsFalseAndKeepsTheRow()
    {
        var table = CreateTable();
        var stale = await table.UpsertRow(Entry(Grain, "close-month"));
        var current = await table.UpsertRow(Entry(Grain, "close-month"));

        Assert.False(await table.RemoveRow(Grain, "close-month", stale!));

        Assert.Equal(current, (await table.ReadRow(Grain, "close-month"))?.ETag);
    }

    [Fact]
    public async Task RangeReadReturnsHashesAfterBeginUpToAndIncludingEnd()
    {
        var (table, sorted) = await UpsertManyGrainsAsync();
        var begin = sorted[10].GetUniformHashCode();
        var end = sorted[40].GetUniformHashCode();

        var read = await table.ReadRows(begin, end);

        AssertGrains(sorted[11..41], read);
    }

    [Fact]
    public async Task RangeWithBeginAfterEndWrapsAroundTheRing()
    {
        var (table, sorted) = await UpsertManyGrainsAsync();
        var begin = sorted[50].GetUniformHashCode();
        var end = sorted[5].GetUniformHashCode();

        var read = await table.ReadRows(begin, end);

        Assert.True(begin > int.MaxValue, "the wrapped range should cover hashes that do not fit an int");
        AssertGrains([.. sorted[51..], .. sorted[..6]], read);
    }

    [Fact]
    public async Task RangeWithEqualBoundsIsTheWholeRing()
    {
        var (table, sorted) = await UpsertManyGrainsAsync();
        var bound = sorted[20].GetUniformHashCode();

        AssertGrains(sorted, await table.ReadRows(bound, bound));
    }

    [Fact]
    public async Task EntriesSurviveReopeningTheDatabase()
    {
        var entry = Entry(Grain, "close-month");
        var etag = await CreateTable().UpsertRow(entry);
        CloseDatabase();

        var reopened = CreateTable();

        AssertEntry(entry, etag, await reopened.ReadRow(Grain, "close-month"));
        Assert.True(await reopened.RemoveRow(Grain, "close-month", etag!));
    }

    [Fact]
    public async Task EntriesOfTwoGrainsDoNotMix()
    {
        var table = CreateTable();
        var mine = Entry(Grain, "close-month");
        var theirs = Entry(OtherGrain, "close-month", period: TimeSpan.FromDays(7));
        var myETag = await table.UpsertRow(mine);
        var theirETag = await table.UpsertRow(theirs);

        Assert.True(await table.RemoveRow(OtherGrain, "close-month", theirETag!));

        AssertEntry(mine, myETag, Assert.Single((await table.ReadRows(Grain)).Reminders));
        Assert.Empty((await table.ReadRows(OtherGrain)).Reminders);
        Assert.False(await table.RemoveRow(OtherGrain, "close-month", myETag!));
    }

    [Fact]
    public async Task ServicesSharingTheDatabaseDoNotSeeEachOthersEntries()
    {
        var mine = CreateTable();
        var other = CreateTable("other-service");
        var etag = await mine.UpsertRow(Entry(Grain, "close-month"));
        await other.UpsertRow(Entry(Grain, "close-month"));

        await other.TestOnlyClearTable();

        Assert.Empty((await other.ReadRows(0u, 0u)).Reminders);
        Assert.Equal(etag, (await mine.ReadRow(Grain, "close-month"))?.ETag);
        Assert.False(await other.RemoveRow(Grain, "close-month", etag!));
    }

    private async Task<(SqlReminderTable Table, GrainId[] Sorted)> UpsertManyGrainsAsync()
    {
        var table = CreateTable();
        var grains = Enumerable.Range(0, 64).Select(i => GrainId.Create("report", $"unit-{i}")).ToArray();
        foreach (var grain in grains)
        {
            await table.UpsertRow(Entry(grain, "close-month"));
        }
        return (table, grains.OrderBy(grain => grain.GetUniformHashCode()).ToArray());
    }
}
