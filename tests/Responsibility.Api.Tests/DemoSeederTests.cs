namespace Responsibility.Api.Tests;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Responsibility.Api.Demo;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;

/// <summary>
/// The <c>--demo</c> brigade through the HTTP API, and its pacing replayed over whole years with the grains' own rules.
/// The API test expects all four colours only from March on: the replay shows they hold on every such day, while in
/// January and February too little of the year has passed for 黄灯 and 红灯 to mean anything.
/// </summary>
public sealed class DemoSeederTests(SeededDemo demo) : IClassFixture<SeededDemo>
{
    private const string Password = DemoOrganisation.Password;

    [Fact]
    public async Task DemoBrigadeHasTasksInEveryStatusAndPrintsItsLogins()
    {
        var leader = await demo.Factory.SignIn("dadui", Password);

        var rollup = await (await leader.GetAsync("/api/v1/brigades/zichuan/rollup")).Body();

        Assert.True(rollup.Number("taskCount") >= 20);
        if (DateOnly.Parse((string)rollup["asOf"]!, CultureInfo.InvariantCulture).Month >= 3)
        {
            Assert.All(["done", "green", "yellow", "red"], status => Assert.True(rollup.Number($"counts.{status}") > 0, status));
            var drunkDriving = rollup["indicators"]!.AsArray().Single(i => (string?)i!["code"] == "drunk-driving")!;
            Assert.True(drunkDriving.Number("actual") > 0);
        }

        Assert.Contains("dadui", demo.Output);
        Assert.Contains("fazhi", demo.Output);
        Assert.Contains(Password, demo.Output);
    }

    [Fact]
    public async Task DemoInstructorIsABrigadeLeaderKeepingHisLeaderLink()
    {
        var instructor = await demo.Factory.SignIn("hanzhendong", Password);

        var me = await instructor.Read<MeBody>("/api/v1/me");

        Assert.Equal(("BrigadeLeader", "hanzhendong", "zichuan"), (me.Role, me.LeaderId, me.BrigadeId));
    }

    [Fact]
    public void DemoPasswordMeetsThePasswordPolicy()
    {
        var problems = DemoOrganisation.Logins.Select(l => Responsibility.Api.Auth.PasswordPolicy.Check(l.Username, Password));

        Assert.All(problems, Assert.Null);
    }

    [Fact]
    public async Task DemoUnitHeadReadsTheirOwnUnitRollupAndAnotherUnits()
    {
        var unitHead = await demo.Factory.SignIn("fazhi", Password);

        var own = await unitHead.GetAsync("/api/v1/brigades/zichuan/units/fazhi/rollup");
        var other = await unitHead.GetAsync("/api/v1/brigades/zichuan/units/zhixu/rollup");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var body = await own.Body();
        Assert.Equal("法制室", (string?)body["name"]);
        Assert.Equal(DemoTasks.All.Count(t => t.UnitId == "fazhi"), body.Number("taskCount"));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal("秩序中队", (string?)(await other.Body())["name"]);
    }

    [Fact]
    public async Task DemoBrigadesReportForLastMonthRendersInEveryFormat()
    {
        var leader = await demo.Factory.SignIn("dadui", Password);
        var lastMonth = DateTime.UtcNow.AddHours(8).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var listed = await leader.GetFromJsonAsync<JsonArray>("/api/v1/brigades/zichuan/reports/monthly");
        if (!listed!.Any(r => $"{r!["year"]}-{(int)r["month"]!:D2}" == lastMonth))
        {
            // In January last month belongs to a year the demo has no plan for: it is made on request.
            (await leader.PostAsync($"/api/v1/brigades/zichuan/reports/monthly/{lastMonth}/generate", null)).EnsureSuccessStatusCode();
        }

        var docx = await leader.GetByteArrayAsync($"/api/v1/brigades/zichuan/reports/monthly/{lastMonth}?format=docx");
        var html = await leader.GetStringAsync($"/api/v1/brigades/zichuan/reports/monthly/{lastMonth}?format=html");

        Assert.Equal("PK"u8.ToArray(), docx[..2]);
        Assert.Contains("重点工作推进情况调度报告", html);
        Assert.Contains("七、下月工作安排", html);
    }

    [Fact]
    public async Task DemoEntriesCarryEvidenceThatTheirLeadersDownloadAndLastMonthsReportCounts()
    {
        var leader = await demo.Factory.SignIn("dadui", Password);
        var tasks = (await leader.GetAsync("/api/v1/brigades/zichuan/tasks")).Content.ReadFromJsonAsync<JsonArray>();

        var files = new List<JsonNode>();
        foreach (var task in (await tasks)!)
        {
            var entries = await leader.Read<JsonArray>($"/api/v1/tasks/{(string)task!["id"]!}/progress");
            files.AddRange(entries.SelectMany(e => e!["attachments"]!.AsArray()).OfType<JsonNode>());
        }

        Assert.NotEmpty(files);
        var download = await leader.GetAsync($"/api/v1/attachments/{(string)files[0]["id"]!}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", download.Content.Headers.ContentType?.MediaType);
        var reports = await leader.Read<JsonArray>("/api/v1/brigades/zichuan/reports/monthly");
        if (reports.Count > 0)
        {
            var last = reports.OrderBy(r => ((int)r!["year"]!, (int)r["month"]!)).Last()!;
            var report = await leader.Read<JsonObject>($"/api/v1/brigades/zichuan/reports/monthly/{(int)last["year"]!}-{(int)last["month"]!:D2}");
            Assert.True(report["units"]!.AsArray().Sum(u => (int)u!["evidenceThisMonth"]!) > 0);
        }
    }

    [Fact]
    public async Task SeedingTwiceChangesNothing()
    {
        var first = SeededDemo.Create();
        (int Tasks, string Entries) before;
        try
        {
            before = await Snapshot(first);
        }
        finally
        {
            await first.DisposeAsync();
        }

        await using var second = SeededDemo.Create(first.DataPath);
        var after = await Snapshot(second);

        // 淄川's plan and, once assigned, the task 淄博支队 handed down.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        Assert.Equal(DemoTasks.All.Count + (today >= DemoDetachment.AssignedOn(today.Year) ? 1 : 0), before.Tasks);
        Assert.Equal(before, after);
    }

    [Theory]
    [InlineData(2026)]
    [InlineData(2028)]
    public void DemoProgressIsAcceptedOnEveryDayAndShowsEveryStatusFromMarch(int year)
    {
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            var statuses = DemoTasks.All.Select(task => Judge(task, day)).ToHashSet();

            if (day.Month >= 3)
            {
                ProgressStatus[] expected =
                    [ProgressStatus.Done, ProgressStatus.Green, ProgressStatus.Yellow, ProgressStatus.Red];
                Assert.True(statuses.IsSupersetOf(expected), $"{day}: {string.Join(", ", statuses)}");
            }
        }
    }

    /// <summary>The task count and one task's entries (ids included), as the 大队长 reads them.</summary>
    private static async Task<(int Tasks, string Entries)> Snapshot(ApiFactory factory)
    {
        var leader = await factory.SignIn("dadui", Password);
        var tasks = (await leader.GetFromJsonAsync<JsonArray>("/api/v1/brigades/zichuan/tasks"))!;
        var task = tasks.Single(t => (string?)t!["code"] == "BA-03")!;
        var entries = (await leader.GetFromJsonAsync<JsonArray>($"/api/v1/tasks/{task["id"]}/progress"))!;
        return (tasks.Count, string.Join(",", entries.Select(e => (string?)e!["id"])));
    }

    /// <summary>
    /// The status a demo task has on <paramref name="today"/> had it been seeded that day; throws where a grain would.
    /// </summary>
    private static ProgressStatus Judge(DemoTask task, DateOnly today)
    {
        var draft = task.ToDraft(today.Year);
        var definition = new TaskDefinition(
            task.Code, DemoOrganisation.BrigadeId, draft.Year, draft.Code, draft.Title, draft.Category, draft.UnitId,
            draft.LeaderId ?? "leader", draft.DutyLine, draft.Metric, draft.Weight, draft.Start, draft.Due,
            draft.IndicatorCode, draft.PlannedByMonth);
        TaskRules.Check(definition);
        var entries = new List<ProgressEntry>();
        foreach (var report in DemoProgress.For(task, today))
        {
            var sent = new ProgressReport(report.Value, report.Stage, report.OccurredOn, report.Note, null, null);
            ProgressRules.Check(definition, entries, sent, today);
            var recordedAt = DateTimeOffset.UnixEpoch.AddSeconds(entries.Count);
            var returned = report.ReturnReason is { } reason ? new EntryReturn(reason, "dadui", recordedAt) : null;
            entries.Add(new ProgressEntry(
                $"e{entries.Count}", sent.Value, sent.Stage, report.OccurredOn, recordedAt, task.UnitId, sent.Note, null, null, returned));
        }

        var measure = Measurement.Measure(definition.Metric, entries, today);
        return Progress.Evaluate(definition, measure, today, StatusThresholds.Default).Status;
    }
}

/// <summary>One demo api for the tests that only read it; its console output holds the printed logins.</summary>
public sealed class SeededDemo : IAsyncLifetime
{
    public ApiFactory Factory { get; } = Create();

    public string Output { get; private set; } = "";

    public static ApiFactory Create(string? dataPath = null)
    {
        var factory = new ApiFactory(dataPath);
        factory.Settings["Demo"] = "true";
        return factory;
    }

    public Task InitializeAsync()
    {
        var console = Console.Out;
        // Not disposed: the app's own threads (its console logger) may still hold the writer and write after it is put
        // back; every write goes through the synchronised wrapper, and reading it takes the same lock.
        var captured = new StringWriter();
        var synced = TextWriter.Synchronized(captured);
        Console.SetOut(synced);
        try
        {
            _ = Factory.Server;
        }
        finally
        {
            Console.SetOut(console);
        }

        lock (synced)
        {
            Output = captured.ToString();
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
