namespace Responsibility.Api.Tests;

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;

/// <summary>
/// The detachment's dashboard against each brigade's own routes, on a clock the test moves through May and June 2024
/// (reports due on the 25th, three days' grace): every figure equals what the brigade answers as of the same day, live
/// and for a past day read back after later changes; equal scores share a rank and a brigade without a scheme has none.
/// </summary>
public sealed class DetachmentDashboardTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2024, 5, 10, 4, 0, 0, TimeSpan.Zero));
    private readonly ApiFactory factory;

    public DetachmentDashboardTests() =>
        factory = new ApiFactory { TestServices = s => s.AddKeyedSingleton<TimeProvider>(DomainClock.Key, clock) };

    public Task InitializeAsync()
    {
        _ = factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task EveryFigureEqualsTheBrigadesOwnRoutesLiveAndAsOfAPastDay()
    {
        var (a, b, c) = (await new ApiBrigade(factory).Create(), await new ApiBrigade(factory).Create(), await new ApiBrigade(factory).Create());
        var detachment = await new ApiDetachment(factory).Create(a, b, c);
        var viewer = await detachment.SignIn(Role.DetachmentViewer);
        var (zhao, dadui, head) = (await a.SignIn("zhao"), await a.SignIn("dadui"), await a.SignIn("xuanchuan"));
        var fz = await a.AddCountTask("FZ-01", "fazhi", "Accountability", 12, year: 2024);
        var xc = await a.AddTask(new
        {
            year = 2024, code = "XC-01", title = "交通安全宣传进农村", category = "宣传教育", unitId = "xuanchuan", dutyLine = "Business",
            metric = new { kind = "Count", target = 12, unitLabel = "次" }, start = "2024-01-01", due = "2024-06-30",
        });
        (await (await a.SignIn("fazhi")).Report(fz, new { value = 2, occurredOn = "2024-05-10" })).EnsureSuccessStatusCode();
        var instruction = (await (await zhao.InstructUnit(a, "xuanchuan", dueDate: "2024-05-20")).Body())["id"]!.ToString();
        await Inspected(a, dadui, due: "2024-05-25");
        foreach (var brigade in new[] { a, b })
        {
            (await brigade.Admin.PutAsJsonAsync($"/api/v1/brigades/{brigade.Id}/appraisal/2024/scheme", AppraisalApiTests.Scheme())).EnsureSuccessStatusCode();
        }

        On(5, 29);
        var mayOwn = await Own(a, dadui, zhao, null);
        On(6, 5);
        (await head.Answer(instruction)).EnsureSuccessStatusCode();
        (await zhao.Close(instruction)).EnsureSuccessStatusCode();
        var asked = await (await head.PostAsJsonAsync("/api/v1/extensions", new
        {
            target = new { kind = "Task", id = xc.Id() }, proposedDue = "2024-07-15", reason = "雨季施工受阻，需顺延", progress = "已完成七成",
            attachmentIds = Array.Empty<string>(),
        })).Body();
        (await zhao.PostAsJsonAsync($"/api/v1/extensions/{asked.Id()}/grant", new { grantedDue = "2024-07-15" })).EnsureSuccessStatusCode();
        On(6, 29);
        var juneOwn = await Own(a, dadui, zhao, null);
        var mayAgain = await Own(a, dadui, zhao, "2024-05-29");

        var live = await viewer.Read<DashboardBody>($"/api/v1/detachments/{detachment.Id}/dashboard");
        var past = await viewer.Read<DashboardBody>($"/api/v1/detachments/{detachment.Id}/dashboard?asOf=2024-05-29");

        Assert.Equal((2024, new DateOnly(2024, 6, 29)), (live.Year, live.AsOf));
        Assert.Equal(juneOwn, Figures(live.Of(a)));
        Assert.Equal((2, 0, 1, 1), (juneOwn.Unreported, juneOwn.OverdueInstructions, juneOwn.OverdueRectifications, juneOwn.Extensions));
        Assert.Equal(mayOwn with { Rollup = mayAgain.Rollup, Extensions = mayAgain.Extensions, Score = mayAgain.Score }, Figures(past.Of(a)));
        Assert.Equal((1, 1, 1, 0), (mayOwn.Unreported, mayOwn.OverdueInstructions, mayOwn.OverdueRectifications, mayOwn.Extensions));
        Assert.Equal(live.Of(a).Score, live.Of(b).Score);
        Assert.Equal((1, 1), (live.Of(a).Rank, live.Of(b).Rank));
        Assert.Equal((null, null), (live.Of(c).Score, live.Of(c).Rank));
        Assert.Equal([a.Id, b.Id, c.Id], live.Brigades.Select(r => r.BrigadeId));
    }

    private static OwnFigures Figures(DashboardRowBody row) => new(
        new RollupBody(row.Percent, row.Expected, row.TaskCount, row.Counts), row.UnreportedUnits, row.OverdueInstructions,
        row.OverdueRectifications, row.Extensions, row.Score);

    /// <summary>
    /// What the brigade's own routes answer: its rollup (as of the day when given), the units its leaders' inboxes name
    /// (催报, today only), instructions and 整改 listed overdue (today only), extensions granted in the year (the annual
    /// report's figure) and its units' mean score.
    /// </summary>
    private static async Task<OwnFigures> Own(ApiBrigade brigade, HttpClient wang, HttpClient zhao, string? asOf)
    {
        var query = asOf is null ? "" : $"?asOf={asOf}";
        var rollup = await brigade.Admin.Read<BrigadeRollupBody>($"/api/v1/brigades/{brigade.Id}/rollup{query}");
        var inboxes = new[] { await wang.Read<JsonObject>("/api/v1/me/inbox"), await zhao.Read<JsonObject>("/api/v1/me/inbox") };
        var unreported = inboxes.SelectMany(i => i["items"]!.AsArray()).Where(i => (string?)i!["kind"] == "UnitUnreported")
            .Select(i => (string?)i!["unitId"]).Distinct().Count();
        var instructions = await brigade.Admin.Read<JsonArray>($"/api/v1/brigades/{brigade.Id}/instructions?status=Overdue");
        var rectifications = await brigade.Admin.Read<JsonArray>($"/api/v1/brigades/{brigade.Id}/rectifications?overdue=true");
        var annual = await brigade.Admin.Read<JsonObject>($"/api/v1/brigades/{brigade.Id}/reports/annual/2024{query}");
        var extensions = (int)annual["oversight"]!["extensionsGranted"]!;
        var scores = await brigade.Admin.Read<JsonObject>($"/api/v1/brigades/{brigade.Id}/appraisal/2024/scores?period=2024-Q2&subjects=Units{(asOf is null ? "" : "&asOf=" + asOf)}");
        var points = scores["scores"]!.AsArray().Select(s => (double)s!["points"]!).ToList();
        return new OwnFigures(
            new RollupBody(rollup.Percent, rollup.Expected, rollup.TaskCount, rollup.Counts), unreported, instructions.Count,
            rectifications.Count, extensions, Math.Round(points.Average(), 2, MidpointRounding.AwayFromZero));
    }

    private static async Task Inspected(ApiBrigade brigade, HttpClient dadui, string due)
    {
        var inspection = await (await dadui.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/inspections", new
        {
            kind = "EnforcementQuality", date = "2024-05-09", title = "执法质量检查", inspectorIds = new[] { "wang" },
            unitIds = new[] { "xuanchuan" }, summary = "抽查卷宗20份",
        })).Body();
        (await dadui.PostAsJsonAsync($"/api/v1/inspections/{inspection.Id()}/findings", new
        {
            problem = "卷宗装订不规范", category = "执法卷宗", unitId = "xuanchuan", severity = "Medium", basis = "程序规定", leaderId = "zhao",
            measures = "重新装订", dueDate = due,
        })).EnsureSuccessStatusCode();
    }

    private void On(int month, int day) => clock.AdjustTime(new DateTimeOffset(2024, month, day, 4, 0, 0, TimeSpan.Zero));

    private sealed record OwnFigures(
        RollupBody Rollup, int Unreported, int OverdueInstructions, int OverdueRectifications, int Extensions, double? Score);
}
