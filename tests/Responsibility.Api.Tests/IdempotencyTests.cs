namespace Responsibility.Api.Tests;

using System.Net;

/// <summary>SPEC §6: the same Idempotency-Key again gives the same answer and is counted once.</summary>
[Collection(ApiCollection.Name)]
public sealed class IdempotencyTests(SharedApi api)
{
    [Fact]
    public async Task SameIdempotencyKeyTwiceCountsOnce()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var head = await brigade.SignIn("fazhi");
        var key = Guid.NewGuid().ToString();

        var first = await head.Report(task, new { value = 3, note = "第一次提交" }, key);
        var retry = await head.Report(task, new { value = 3, note = "第一次提交" }, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.True(retry.IsSuccessStatusCode);
        var firstEntry = (await first.Read<EntryWithTaskBody>()).Entry;
        var retryAnswer = await retry.Read<EntryWithTaskBody>();
        Assert.Equal(firstEntry.Id, retryAnswer.Entry.Id);
        Assert.Equal(3, retryAnswer.Task.Progress.Actual);
        Assert.Equal(firstEntry.Id, Assert.Single(await brigade.Admin.Entries(task)).Id);
        Assert.Equal(0.3, (await brigade.Admin.BrigadeRollup(brigade)).Unit("fazhi").Percent, 9);
    }

    [Fact]
    public async Task DifferentIdempotencyKeysCountSeparately()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var head = await brigade.SignIn("fazhi");

        var first = await head.Report(task, new { value = 3 }, Guid.NewGuid().ToString());
        var second = await head.Report(task, new { value = 3 }, Guid.NewGuid().ToString());

        Assert.NotEqual((await first.Read<EntryWithTaskBody>()).Entry.Id, (await second.Read<EntryWithTaskBody>()).Entry.Id);
        Assert.Equal(2, (await brigade.Admin.Entries(task)).Length);
        Assert.Equal(0.6, (await brigade.Admin.BrigadeRollup(brigade)).Unit("fazhi").Percent, 9);
    }

    [Fact]
    public async Task ConcurrentRetriesWithOneKeyStoreOneEntry()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var head = await brigade.SignIn("fazhi");
        var key = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => head.Report(task, new { value = 2 }, key)));

        Assert.All(answers, a => Assert.True(a.IsSuccessStatusCode));
        var ids = await Task.WhenAll(answers.Select(async a => (await a.Read<EntryWithTaskBody>()).Entry.Id));
        Assert.Single(ids.Distinct());
        Assert.Single(await brigade.Admin.Entries(task));
        Assert.Equal(0.2, (await brigade.Admin.BrigadeRollup(brigade)).Percent, 9);
    }
}
