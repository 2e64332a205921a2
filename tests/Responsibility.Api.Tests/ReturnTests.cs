namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

/// <summary>退回: a supervising leader rejects an entry with a reason; it stops counting at once, everywhere.</summary>
[Collection(ApiCollection.Name)]
public sealed class ReturnTests(SharedApi api)
{
    [Fact]
    public async Task ReturnedEntryStopsCountingInEveryRollupAtOnce()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("XC-01", "xuanchuan", "Business", 10);
        var head = await brigade.SignIn("xuanchuan");
        var kept = await Reported(head, task, 2);
        var doubtful = await Reported(head, task, 5);
        var zhao = await brigade.SignIn("zhao");
        Assert.Equal(0.7, (await brigade.Admin.BrigadeRollup(brigade)).Percent, 9);

        var response = await Return(zhao, task, doubtful, "数据与台账不符");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Read<EntryWithTaskBody>();
        Assert.True(answer.Entry.Returned);
        Assert.Equal(2, answer.Task.Progress.Actual);
        var rollup = await brigade.Admin.BrigadeRollup(brigade);
        Assert.Equal(0.2, rollup.Percent, 9);
        Assert.Equal(0.2, rollup.Unit("xuanchuan").Percent, 9);
        Assert.Equal(0.2, rollup.Leader("zhao").Business.Percent, 9);
        var leaderRollup = await zhao.Read<LeaderRollupBody>($"/api/v1/brigades/{brigade.Id}/leaders/zhao/rollup");
        Assert.Equal(0.2, leaderRollup.Business.Percent, 9);
        var entries = await brigade.Admin.Entries(task);
        Assert.Equal([(kept.Id, false), (doubtful.Id, true)], entries.Select(e => (e.Id, e.Returned)).OrderBy(e => e.Returned));
    }

    [Fact]
    public async Task BrigadeLeaderMayReturnAnEntryAnywhereInTheBrigade()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("XC-01", "xuanchuan", "Business", 10);
        var entry = await Reported(await brigade.SignIn("xuanchuan"), task, 4);
        var dadui = await brigade.SignIn("dadui");

        var response = await Return(dadui, task, entry, "请补充佐证材料");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (await brigade.Admin.BrigadeRollup(brigade)).Unit("xuanchuan").Percent, 9);
    }

    [Fact]
    public async Task UnitHeadCannotReturnAnEntryAndItKeepsCounting()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("XC-01", "xuanchuan", "Business", 10);
        var head = await brigade.SignIn("xuanchuan");
        var entry = await Reported(head, task, 4);

        var response = await Return(head, task, entry, "填错了");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(Assert.Single(await brigade.Admin.Entries(task)).Returned);
        Assert.Equal(0.4, (await brigade.Admin.BrigadeRollup(brigade)).Unit("xuanchuan").Percent, 9);
    }

    [Fact]
    public async Task ReturningAnEntryTwiceIsAConflict()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("XC-01", "xuanchuan", "Business", 10);
        var entry = await Reported(await brigade.SignIn("xuanchuan"), task, 4);
        var zhao = await brigade.SignIn("zhao");
        (await Return(zhao, task, entry, "第一次退回")).EnsureSuccessStatusCode();

        var again = await Return(zhao, task, entry, "第二次退回");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(409, (await again.Problem()).Status);
        Assert.True(Assert.Single(await brigade.Admin.Entries(task)).Returned);
    }

    [Fact]
    public async Task ReturnWithoutAReasonIsRejectedNamingTheField()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("XC-01", "xuanchuan", "Business", 10);
        var entry = await Reported(await brigade.SignIn("xuanchuan"), task, 4);
        var zhao = await brigade.SignIn("zhao");

        var response = await Return(zhao, task, entry, "");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["reason"], (await response.Problem()).Errors!.Keys);
        Assert.False(Assert.Single(await brigade.Admin.Entries(task)).Returned);
    }

    private static async Task<EntryBody> Reported(HttpClient head, JsonObject task, double value)
    {
        var response = await head.Report(task, new { value });
        response.EnsureSuccessStatusCode();
        return (await response.Read<EntryWithTaskBody>()).Entry;
    }

    private static Task<HttpResponseMessage> Return(HttpClient client, JsonObject task, EntryBody entry, string reason) =>
        client.PostAsJsonAsync($"/api/v1/tasks/{task.Id()}/progress/{entry.Id}/return", new { reason });
}
