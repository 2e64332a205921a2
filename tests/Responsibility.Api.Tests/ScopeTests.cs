namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;

/// <summary>SPEC §3: anything outside a user's scope answers 403 (404 where existence is private) and changes nothing.</summary>
[Collection(ApiCollection.Name)]
public sealed class ScopeTests(SharedApi api)
{
    [Fact]
    public async Task UnitHeadCannotReportOnAnotherUnitsTaskAndNothingChanges()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("XC-01", "xuanchuan", "Business", 10);
        var fazhiHead = await brigade.SignIn("fazhi");
        var xuanchuanHead = await brigade.SignIn("xuanchuan");
        (await xuanchuanHead.Report(task, new { value = 2 })).EnsureSuccessStatusCode();
        var rollupBefore = await brigade.Admin.BrigadeRollup(brigade);

        var response = await fazhiHead.Report(task, new { value = 5 });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(403, (await response.Problem()).Status);
        var entries = await brigade.Admin.Entries(task);
        Assert.Equal(2, Assert.Single(entries).Value);
        var rollupAfter = await brigade.Admin.BrigadeRollup(brigade);
        Assert.Equal(0.2, rollupBefore.Unit("xuanchuan").Percent, 9);
        Assert.Equal(rollupBefore.Unit("xuanchuan").Percent, rollupAfter.Unit("xuanchuan").Percent, 9);
        Assert.Equal(rollupBefore.Percent, rollupAfter.Percent, 9);
    }

    [Fact]
    public async Task ViewerCannotReportProgressOrChangeUnitsButReadsTheBrigadeRollup()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var viewer = await brigade.SignIn("viewer");

        var report = await viewer.Report(task, new { value = 1 });
        var rename = await viewer.PutAsJsonAsync($"/api/v1/brigades/{brigade.Id}/units/fazhi", new { name = "改名" });
        var rollup = await viewer.GetAsync($"/api/v1/brigades/{brigade.Id}/rollup");

        Assert.Equal(HttpStatusCode.Forbidden, report.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, rename.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rollup.StatusCode);
        Assert.Empty(await brigade.Admin.Entries(task));
        var org = await brigade.Admin.Read<OrgBody>($"/api/v1/brigades/{brigade.Id}");
        Assert.Equal("法制室", org.Units.Single(u => u.Id == "fazhi").Name);
    }

    [Fact]
    public async Task LeaderListsEveryTaskOfTheBrigadeButReadsEntriesOnlyOfTasksTheySupervise()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var theirUnit = await brigade.AddCountTask("XC-01", "xuanchuan", "Business", 10);
        var otherUnit = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var assignedToThem = await brigade.AddTask(new
        {
            year = DateTime.UtcNow.Year, code = "FZ-02", title = "专项督导", category = "执法监督", unitId = "fazhi",
            leaderId = "zhao", dutyLine = "Business", metric = new { kind = "Count", target = 4 },
            start = $"{DateTime.UtcNow.Year}-01-01", due = $"{DateTime.UtcNow.Year}-12-31",
        });
        var zhao = await brigade.SignIn("zhao");

        var listed = await zhao.Read<TaskBody[]>($"/api/v1/brigades/{brigade.Id}/tasks");

        Assert.Equal(
            new[] { theirUnit.Id(), otherUnit.Id(), assignedToThem.Id() }.Order(),
            listed.Select(t => t.Id).Order());
        Assert.Equal(HttpStatusCode.OK, (await zhao.GetAsync($"/api/v1/tasks/{otherUnit.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await zhao.GetAsync($"/api/v1/tasks/{otherUnit.Id()}/progress")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await zhao.GetAsync($"/api/v1/tasks/{theirUnit.Id()}/progress")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await zhao.GetAsync($"/api/v1/tasks/{assignedToThem.Id()}/progress")).StatusCode);
    }

    [Theory]
    [InlineData("dadui")]
    [InlineData("zhao")]
    [InlineData("fazhi")]
    [InlineData("viewer")]
    public async Task EveryRoleOfTheBrigadeReadsItsBrigadeUnitAndLeaderRollups(string account)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        await brigade.AddCountTask("XC-01", "xuanchuan", "Business", 10);
        var client = await brigade.SignIn(account);
        var path = $"/api/v1/brigades/{brigade.Id}";

        foreach (var rollup in new[] { "/rollup", "/units/fazhi/rollup", "/units/xuanchuan/rollup", "/leaders/wang/rollup", "/leaders/zhao/rollup" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path + rollup)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{path}/tasks?unitId=xuanchuan")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{path}/reports/monthly")).StatusCode);
    }

    [Fact]
    public async Task AnotherBrigadesUserFindsNoneOfItsRollups()
    {
        var ours = await new ApiBrigade(api.Factory).Create();
        var theirs = await new ApiBrigade(api.Factory).Create();
        var theirLeader = await theirs.SignIn("dadui");

        var brigade = await theirLeader.GetAsync($"/api/v1/brigades/{ours.Id}/rollup");
        var unit = await theirLeader.GetAsync($"/api/v1/brigades/{ours.Id}/units/fazhi/rollup");
        var leader = await theirLeader.GetAsync($"/api/v1/brigades/{ours.Id}/leaders/wang/rollup");

        Assert.Equal(
            [HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            new[] { brigade.StatusCode, unit.StatusCode, leader.StatusCode });
    }

    [Fact]
    public async Task ViewerNeverReadsEntries()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        (await (await brigade.SignIn("fazhi")).Report(task, new { value = 1, note = "内部情况" })).EnsureSuccessStatusCode();
        var viewer = await brigade.SignIn("viewer");

        var entries = await viewer.GetAsync($"/api/v1/tasks/{task.Id()}/progress");
        var figures = await viewer.GetAsync($"/api/v1/tasks/{task.Id()}");

        Assert.Equal(HttpStatusCode.Forbidden, entries.StatusCode);
        Assert.Equal(HttpStatusCode.OK, figures.StatusCode);
        Assert.DoesNotContain("内部情况", await figures.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task LeaderCannotReturnAnEntryOnATaskTheyDoNotSupervise()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var head = await brigade.SignIn("fazhi");
        var entry = (await (await head.Report(task, new { value = 4 })).Read<EntryWithTaskBody>()).Entry;
        var zhao = await brigade.SignIn("zhao");

        var response = await zhao.PostAsJsonAsync($"/api/v1/tasks/{task.Id()}/progress/{entry.Id}/return", new { reason = "数据不实" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(Assert.Single(await brigade.Admin.Entries(task)).Returned);
        Assert.Equal(0.4, (await brigade.Admin.BrigadeRollup(brigade)).Unit("fazhi").Percent, 9);
    }

    [Fact]
    public async Task RequestWithoutATokenIsUnauthorized()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var anonymous = api.Factory.CreateClient();

        var rollup = await anonymous.GetAsync($"/api/v1/brigades/{brigade.Id}/rollup");
        var report = await anonymous.Report(task, new { value = 1 });

        Assert.Equal(HttpStatusCode.Unauthorized, rollup.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, report.StatusCode);
        Assert.Empty(await brigade.Admin.Entries(task));
    }

    [Fact]
    public async Task TaskOfAnotherBrigadeIsNotFoundForAUserOfThisBrigade()
    {
        var ours = await new ApiBrigade(api.Factory).Create();
        var theirs = await new ApiBrigade(api.Factory).Create();
        var theirTask = await theirs.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var ourLeader = await ours.SignIn("dadui");
        var ourHead = await ours.SignIn("fazhi");

        var read = await ourLeader.GetAsync($"/api/v1/tasks/{theirTask.Id()}");
        var entries = await ourLeader.GetAsync($"/api/v1/tasks/{theirTask.Id()}/progress");
        var report = await ourHead.Report(theirTask, new { value = 3 });

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, entries.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, report.StatusCode);
        Assert.Equal(404, (await report.Problem()).Status);
        Assert.Empty(await theirs.Admin.Entries(theirTask));
    }
}
