namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

/// <summary>Changing a task's definition shows in every rollup on the next read, and only an Admin may change it.</summary>
[Collection(ApiCollection.Name)]
public sealed class TaskUpdateTests(SharedApi api)
{
    [Fact]
    public async Task MovingATaskToAnotherUnitMovesItBetweenUnitAndLeaderRollups()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Business", 10);
        (await (await brigade.SignIn("fazhi")).Report(task, new { value = 5 })).EnsureSuccessStatusCode();

        var response = await brigade.Patch(task, new { unitId = "xuanchuan" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var moved = await response.Read<TaskBody>();
        Assert.Equal(("xuanchuan", "zhao"), (moved.UnitId, moved.LeaderId));
        var rollup = await brigade.Admin.BrigadeRollup(brigade);
        Assert.Equal((0, 1), (rollup.Unit("fazhi").TaskCount, rollup.Unit("xuanchuan").TaskCount));
        Assert.Equal(0.5, rollup.Unit("xuanchuan").Percent, 9);
        Assert.Equal((0, 1), (rollup.Leader("wang").Business.TaskCount, rollup.Leader("zhao").Business.TaskCount));
        var zhao = await brigade.SignIn("zhao");
        var zhaoRollup = await zhao.Read<LeaderRollupBody>($"/api/v1/brigades/{brigade.Id}/leaders/zhao/rollup");
        Assert.Equal(0.5, zhaoRollup.Business.Percent, 9);
        var fazhiRollup = await brigade.Admin.Read<UnitRollupBody>($"/api/v1/brigades/{brigade.Id}/units/fazhi/rollup");
        Assert.Equal(0, fazhiRollup.TaskCount);
    }

    [Fact]
    public async Task RaisingTheTargetLowersThePercentInTheBrigadeRollupAtOnce()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        (await (await brigade.SignIn("fazhi")).Report(task, new { value = 5 })).EnsureSuccessStatusCode();

        (await brigade.Patch(task, new { target = 20 })).EnsureSuccessStatusCode();

        var rollup = await brigade.Admin.BrigadeRollup(brigade);
        Assert.Equal(0.25, rollup.Percent, 9);
        Assert.Equal(0.25, rollup.Leader("wang").Accountability.Percent, 9);
    }

    [Theory]
    [InlineData("dadui")]
    [InlineData("zhao")]
    [InlineData("fazhi")]
    public async Task OnlyAnAdminMayChangeATask(string account)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var client = await brigade.SignIn(account);
        var etag = (await client.GetAsync($"/api/v1/tasks/{task.Id()}")).Headers.ETag;

        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/tasks/{task.Id()}") { Content = JsonContent.Create(new { target = 1 }) };
        request.Headers.IfMatch.Add(etag ?? new("\"1\""));
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(10, (await brigade.Admin.Read<JsonObject>($"/api/v1/tasks/{task.Id()}")).Number("metric.target"));
    }
}
