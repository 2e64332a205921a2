namespace Responsibility.Api.Tests;

using System.Net;

/// <summary>Rollups over the API: read-your-writes at every level, the 一岗双责 split, and asOf replays.</summary>
[Collection(ApiCollection.Name)]
public sealed class RollupApiTests(SharedApi api)
{
    private static readonly int LastYear = DateTime.UtcNow.Year - 1;

    [Fact]
    public async Task UnitHeadsReportMovesTheUnitTheLeadersAccountabilityLineAndTheBrigadeOnTheNextRead()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 12);
        var head = await brigade.SignIn("fazhi");
        var dadui = await brigade.SignIn("dadui");
        var path = $"/api/v1/brigades/{brigade.Id}";

        var report = await head.Report(task, new { value = 3, note = "一季度检查 3 次" });
        var unit = await head.Read<UnitRollupBody>($"{path}/units/fazhi/rollup");
        var leader = await dadui.Read<LeaderRollupBody>($"{path}/leaders/wang/rollup");
        var whole = await dadui.BrigadeRollup(brigade);

        Assert.Equal(HttpStatusCode.Created, report.StatusCode);
        Assert.Equal(0.25, unit.Percent, 9);
        Assert.Equal((0.25, 1), (leader.Accountability.Percent, leader.Accountability.TaskCount));
        Assert.Equal((0.0, 0), (leader.Business.Percent, leader.Business.TaskCount));
        Assert.Equal(0.25, whole.Percent, 9);
        Assert.Equal(0.25, whole.Unit("fazhi").Percent, 9);
        Assert.Equal(0.0, whole.Unit("xuanchuan").Percent, 9);
        Assert.Equal(0.25, whole.Leader("wang").Accountability.Percent, 9);
    }

    [Fact]
    public async Task LeaderRollupSplitsTheirTasksIntoBusinessAndAccountability()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var accountability = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var business = await brigade.AddCountTask("FZ-02", "fazhi", "Business", 4);
        await brigade.AddCountTask("XC-01", "xuanchuan", "Business", 4);
        var head = await brigade.SignIn("fazhi");
        (await head.Report(accountability, new { value = 5 })).EnsureSuccessStatusCode();
        (await head.Report(business, new { value = 1 })).EnsureSuccessStatusCode();

        var wang = await (await brigade.SignIn("dadui")).Read<LeaderRollupBody>($"/api/v1/brigades/{brigade.Id}/leaders/wang/rollup");

        Assert.Equal("wang", wang.LeaderId);
        Assert.Equal((0.5, 1), (wang.Accountability.Percent, wang.Accountability.TaskCount));
        Assert.Equal((0.25, 1), (wang.Business.Percent, wang.Business.TaskCount));
        var inBrigade = (await brigade.Admin.BrigadeRollup(brigade)).Leader("wang");
        Assert.Equal((0.5, 0.25), (inBrigade.Accountability.Percent, inBrigade.Business.Percent));
        Assert.Equal(1, (await brigade.Admin.BrigadeRollup(brigade)).Leader("zhao").Business.TaskCount);
    }

    [Fact]
    public async Task BrigadeRollupAsOfAPastDateReplaysTheEntriesThatHadOccurredByThen()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddTask(LastYearsTask());
        var head = await brigade.SignIn("fazhi");
        foreach (var (value, on) in new[] { (2, "03-10"), (3, "06-10"), (1, "09-10") })
        {
            (await head.Report(task, new { value, occurredOn = $"{LastYear}-{on}" })).EnsureSuccessStatusCode();
        }

        var february = await brigade.Admin.BrigadeRollup(brigade, $"?asOf={LastYear}-02-01");
        var april = await brigade.Admin.BrigadeRollup(brigade, $"?asOf={LastYear}-04-30");
        var june = await brigade.Admin.BrigadeRollup(brigade, $"?asOf={LastYear}-06-30");
        var yearEnd = await brigade.Admin.BrigadeRollup(brigade, $"?year={LastYear}");

        Assert.Equal((LastYear, new DateOnly(LastYear, 4, 30)), (april.Year, april.AsOf));
        Assert.Equal(0.0, february.Percent, 9);
        Assert.Equal(0.2, april.Percent, 9);
        Assert.Equal(0.5, june.Percent, 9);
        Assert.Equal(0.5, june.Unit("fazhi").Percent, 9);
        Assert.Equal(0.6, yearEnd.Percent, 9);
        Assert.True(april.Expected < june.Expected);
    }

    [Fact]
    public async Task TaskReadAsOfAPastDateShowsTheProgressOfThatDay()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddTask(LastYearsTask());
        var head = await brigade.SignIn("fazhi");
        (await head.Report(task, new { value = 4, occurredOn = $"{LastYear}-01-15" })).EnsureSuccessStatusCode();
        (await head.Report(task, new { value = 1, occurredOn = $"{LastYear}-11-15" })).EnsureSuccessStatusCode();

        var then = await brigade.Admin.Read<TaskBody>($"/api/v1/tasks/{task.Id()}?asOf={LastYear}-01-31");
        var now = await brigade.Admin.GetTask(task);

        Assert.Equal(4, then.Progress.Actual);
        Assert.Equal(5, now.Progress.Actual);
    }

    [Theory]
    [InlineData("xuanchuan", true)]
    [InlineData("zhao", true)]
    [InlineData("dadui", true)]
    [InlineData("fazhi", false)]
    [InlineData("viewer", false)]
    public async Task LaggingTasksLatestNoteShowsOnlyToThoseWhoMayReadItsEntries(string account, bool seesNote)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var task = await brigade.AddTask(new
        {
            year = DateTime.UtcNow.Year, code = "XC-09", title = "滞后任务", category = "宣传", unitId = "xuanchuan",
            dutyLine = "Business", metric = new { kind = "Count", target = 10 }, start = $"{DateTime.UtcNow.Year}-01-01", due = today,
        });
        (await (await brigade.SignIn("xuanchuan")).Report(task, new { value = 1, note = "经费未到位" })).EnsureSuccessStatusCode();
        var client = await brigade.SignIn(account);

        var brigadeRollup = await client.Read<System.Text.Json.Nodes.JsonObject>($"/api/v1/brigades/{brigade.Id}/rollup");
        var unitRollup = await client.Read<System.Text.Json.Nodes.JsonObject>($"/api/v1/brigades/{brigade.Id}/units/xuanchuan/rollup");

        foreach (var rollup in new[] { brigadeRollup, unitRollup })
        {
            var lagging = Assert.Single(rollup["lagging"]!.AsArray());
            Assert.Equal(task.Id(), (string?)lagging!["taskId"]);
            Assert.Equal(seesNote ? "经费未到位" : null, (string?)lagging["latestNote"]);
        }
    }

    private static object LastYearsTask() => new
    {
        year = LastYear, code = "FZ-01", title = "执法质量检查", category = "执法监督", unitId = "fazhi", dutyLine = "Accountability",
        metric = new { kind = "Count", target = 10 }, start = $"{LastYear}-01-01", due = $"{LastYear}-12-31",
    };
}
