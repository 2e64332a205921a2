namespace Responsibility.Storage.Tests;

using Responsibility.Storage.Events;

/// <summary>Behaviour every event-log dialect must show; subclasses supply a fresh database per test.</summary>
public abstract class EventStoreConformance
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A store over this test's database; a second call is a process restart over the same data.</summary>
    protected abstract SqlEventStore CreateStore();

    /// <summary>The grain-state storage over the same database (an import retires its rows).</summary>
    protected abstract SqlGrainStorage CreateGrainStorage();

    [Fact]
    public async Task AppendedEventsReadBackInOrderWithEveryField()
    {
        using var store = CreateStore();

        Assert.True(await store.AppendAsync(Append("task/a", 0, "Defined", "Reported")));
        Assert.True(await store.AppendAsync(Append("task/a", 2, "Returned")));

        var events = await store.ReadStreamAsync("task/a");
        Assert.Equal([1L, 2, 3], events.Select(e => e.Sequence));
        Assert.Equal(["Defined", "Reported", "Returned"], events.Select(e => e.Kind));
        var first = events[0];
        Assert.Equal(("task/a", "zichuan", "{\"n\":\"Defined\"}", "fazhi", Start), (first.StreamId, first.Scope, first.Payload, first.Actor, first.RecordedAt));
        Assert.True(events[1].Position > first.Position);
    }

    [Fact]
    public async Task AppendAgainstAStaleVersionIsRefusedAndStoresNothing()
    {
        using var store = CreateStore();
        await store.AppendAsync(Append("task/a", 0, "Defined", "Reported"));

        var stale = await store.AppendAsync(Append("task/a", 1, "Lost"));
        var ahead = await store.AppendAsync(Append("task/a", 5, "Gap"));
        var fresh = await store.AppendAsync(Append("task/a", 0, "AgainFromZero"));

        Assert.Equal([false, false, false], new[] { stale, ahead, fresh });
        Assert.Equal(["Defined", "Reported"], (await store.ReadStreamAsync("task/a")).Select(e => e.Kind));
    }

    [Fact]
    public async Task OfManyWritersAppendingAtTheSameVersionExactlyOneWins()
    {
        using var store = CreateStore();
        await store.AppendAsync(Append("task/a", 0, "Defined"));

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => store.AppendAsync(Append("task/a", 1, $"Writer{i}"))));

        Assert.Equal(1, results.Count(r => r));
        var events = await store.ReadStreamAsync("task/a");
        Assert.Equal(2, events.Count);
        Assert.Equal($"Writer{Array.IndexOf(results, true)}", events[1].Kind);
    }

    [Fact]
    public async Task ReadingAfterAVersionReturnsOnlyLaterEvents()
    {
        using var store = CreateStore();
        await store.AppendAsync(Append("task/a", 0, "One", "Two", "Three", "Four"));

        var later = await store.ReadStreamAsync("task/a", afterVersion: 2);

        Assert.Equal(["Three", "Four"], later.Select(e => e.Kind));
        Assert.Empty(await store.ReadStreamAsync("task/unknown"));
    }

    [Fact]
    public async Task ScopeReadsStreamsInOrdinalOrderOfTheirIdsThenBySequence()
    {
        using var store = CreateStore();
        foreach (var stream in new[] { "task/a", "task/B", "task/_c" })
        {
            await store.AppendAsync(Append(stream, 0, "One", "Two"));
        }

        var all = await store.ReadScopeAsync("zichuan", "task/");

        Assert.Equal(
            [("task/B", 1L), ("task/B", 2), ("task/_c", 1), ("task/_c", 2), ("task/a", 1), ("task/a", 2)],
            all.Select(e => (e.StreamId, e.Sequence)));
    }

    [Fact]
    public async Task AcknowledgedAppendsSurviveARestart()
    {
        using (var store = CreateStore())
        {
            await Task.WhenAll(Enumerable.Range(0, 50).Select(i => store.AppendAsync(Append($"task/{i}", 0, "Defined"))));
        }

        using var reopened = CreateStore();

        var all = await reopened.ReadScopeAsync("zichuan", "task/");
        Assert.Equal(50, all.Count);
    }

    [Fact]
    public async Task AppendsThatArriveTogetherShareCommits()
    {
        using var store = CreateStore();
        await store.AppendAsync(Append("warm/up", 0, "Defined"));

        var results = await Task.WhenAll(Enumerable.Range(0, 300).Select(i => store.AppendAsync(Append($"task/{i}", 0, "Defined"))));

        Assert.All(results, Assert.True);
        Assert.Equal(300, (await store.ReadScopeAsync("zichuan", "task/")).Count);
        Assert.True(store.Commits < 300, $"{store.Commits} commits for 300 appends");
    }

    [Fact]
    public async Task FailedBatchFailsEachOfItsCallersAndLosesNothingAcknowledged()
    {
        using var store = CreateStore();
        var appends = Enumerable.Range(0, 200)
            .Select(i => i % 50 == 25 ? Append($"task/{i}", 0, [null!]) : Append($"task/{i}", 0, "Defined"))
            .ToList();

        var outcomes = await Task.WhenAll(appends.Select(async a =>
        {
            try
            {
                return (a.StreamId, Stored: await store.AppendAsync(a), Failed: false);
            }
            catch (EventStoreException)
            {
                return (a.StreamId, Stored: false, Failed: true);
            }
        }));

        var present = (await store.ReadScopeAsync("zichuan", "task/")).Select(e => e.StreamId).ToHashSet();
        Assert.All(outcomes.Where(o => o.Stored), o => Assert.Contains(o.StreamId, present));
        Assert.All(outcomes.Where(o => o.Failed), o => Assert.DoesNotContain(o.StreamId, present));
        Assert.Equal(4, outcomes.Count(o => o.Failed && appends.Single(a => a.StreamId == o.StreamId).Events[0].Kind is null));
        Assert.All(outcomes, o => Assert.True(o.Stored || o.Failed));
        Assert.True(await store.AppendAsync(Append("task/after", 0, "Defined")));
    }

    [Fact]
    public async Task DerivedRowsAreStoredWithTheAppendAndOnlyMoveForward()
    {
        using var store = CreateStore();
        await store.AppendAsync(Append("task/a", 0, "One", "Two") with { Snapshot = new(2, "{\"v\":2}"), Summary = new(2, "{\"s\":2}") });
        await store.AppendAsync(Append("task/b", 0, "One") with { Summary = new(1, "{\"s\":1}") });
        await store.AppendAsync(Append("task/a", 2, "Three") with { Summary = new(1, "{\"old\":true}") });

        Assert.Equal(new DerivedRow(2, "{\"v\":2}"), await store.ReadSnapshotAsync("task/a"));
        Assert.Null(await store.ReadSnapshotAsync("task/b"));
        var summaries = await store.ReadSummariesAsync("zichuan");
        Assert.Equal(new DerivedRow(2, "{\"s\":2}"), summaries["task/a"]);
        Assert.Equal(new DerivedRow(1, "{\"s\":1}"), summaries["task/b"]);
        Assert.Empty(await store.ReadSummariesAsync("other"));
    }

    [Fact]
    public async Task SearchPagesAScopesEventsNewestFirstWithFilters()
    {
        using var store = CreateStore();
        for (var i = 0; i < 10; i++)
        {
            await store.AppendAsync(new StreamAppend($"task/{i % 2}", "zichuan", i / 2, [new NewEvent(i % 3 == 0 ? "Returned" : "Reported", "{}", i % 2 == 0 ? "fazhi" : "banan", Start.AddDays(i))]));
        }

        await store.AppendAsync(new StreamAppend("task/x", "other", 0, [new NewEvent("Reported", "{}", "fazhi", Start)]));

        var first = await store.SearchAsync(new EventQuery("zichuan", Limit: 4));
        var second = await store.SearchAsync(new EventQuery("zichuan", Limit: 4, Before: first[^1].Position));
        var byActor = await store.SearchAsync(new EventQuery("zichuan", Limit: 100, Actor: "fazhi", Kind: "Reported"));
        var byTime = await store.SearchAsync(new EventQuery("zichuan", Limit: 100, From: Start.AddDays(2), To: Start.AddDays(5)));
        var byStream = await store.SearchAsync(new EventQuery("zichuan", Limit: 100, StreamId: "task/1"));

        Assert.Equal([9, 8, 7, 6], first.Select(e => (e.RecordedAt - Start).Days));
        Assert.Equal([5, 4, 3, 2], second.Select(e => (e.RecordedAt - Start).Days));
        Assert.Equal([8, 4, 2], byActor.Select(e => (e.RecordedAt - Start).Days));
        Assert.Equal([4, 3, 2], byTime.Select(e => (e.RecordedAt - Start).Days));
        Assert.All(byStream, e => Assert.Equal("task/1", e.StreamId));
        Assert.Equal(5, byStream.Count);
    }

    [Fact]
    public async Task ImportWritesNewStreamsInTheOrderTheirEventsHappenedOnceAndRetiresTheirRows()
    {
        using var store = CreateStore();
        var storage = CreateGrainStorage();
        var row = new Orleans.GrainState<SampleTaskState>(new SampleTaskState { Title = "旧" });
        await storage.WriteStateAsync("task", Orleans.Runtime.GrainId.Create("task", "a"), row);
        StreamAppend Imported(string stream, params int[] days) =>
            new(stream, "zichuan", 0, days.Select(d => new NewEvent("E", "{}", "legacy", Start.AddDays(d))).ToArray(), Summary: new(days.Length, "{}"));
        var streams = new[] { Imported("task/a", 0, 2, 4), Imported("task/b", 1, 3) };

        await store.ImportAsync(streams, [new RetiredState("task", "task/a")]);
        await store.ImportAsync(streams, []);

        var all = await store.SearchAsync(new EventQuery("zichuan", Limit: 100));
        Assert.Equal([4, 3, 2, 1, 0], all.Select(e => (e.RecordedAt - Start).Days));
        Assert.Equal([1L, 2, 3], (await store.ReadStreamAsync("task/a")).Select(e => e.Sequence));
        Assert.Equal(2, (await store.ReadSummariesAsync("zichuan")).Count);
        var read = new Orleans.GrainState<SampleTaskState>();
        await storage.ReadStateAsync("task", Orleans.Runtime.GrainId.Create("task", "a"), read);
        Assert.False(read.RecordExists);
    }

    [Fact]
    public async Task ImportsOfTheSameStreamsBySilosStartingTogetherEachSucceedAndWriteThemOnce()
    {
        using var first = CreateStore();
        using var second = CreateStore();
        var streams = Enumerable.Range(0, 200)
            .Select(i => new StreamAppend($"task/{i}", "zichuan", 0, [new NewEvent("Imported", "{}", "legacy", Start.AddMinutes(i))]))
            .ToList();

        await Task.WhenAll(Task.Run(() => first.ImportAsync(streams, [])), Task.Run(() => second.ImportAsync(streams, [])));

        Assert.Equal(200, (await first.ReadScopeAsync("zichuan", "task/")).Count);
    }

    private static StreamAppend Append(string stream, long expected, params string[] kinds) =>
        new(stream, "zichuan", expected, kinds.Select(k => new NewEvent(k, $"{{\"n\":\"{k}\"}}", "fazhi", Start)).ToArray());
}
