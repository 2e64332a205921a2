namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Responsibility.Grains.Abstractions;

/// <summary>
/// GET /api/v1/me/inbox on an api whose grains judge by a clock the test moves through June 2024 (reports due on the
/// 25th, three days' grace): quiet when nothing is due, filling as deadlines pass.
/// </summary>
public sealed class InboxApiTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2024, 6, 1, 4, 0, 0, TimeSpan.Zero));
    private readonly ApiFactory factory;

    public InboxApiTests() =>
        factory = new ApiFactory { TestServices = s => s.AddKeyedSingleton<TimeProvider>(DomainClock.Key, clock) };

    public Task InitializeAsync()
    {
        _ = factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task InboxFillsAsTheDueDayNearsAndPassesAndEmptiesOnceReported()
    {
        var brigade = await new ApiBrigade(factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 12, year: 2024);
        var head = await brigade.SignIn("fazhi");
        var wang = await brigade.SignIn("dadui");

        var quiet = await InboxOn(head, 6, 10);
        var near = await InboxOn(head, 6, 20);
        var leaderInGrace = await InboxOn(wang, 6, 28);
        var leaderAfterGrace = await InboxOn(wang, 6, 29);
        (await head.Report(task, new { value = 1, occurredOn = "2024-06-29" })).EnsureSuccessStatusCode();
        var reported = await InboxOn(head, 6, 29);
        var leaderAfterReport = await InboxOn(wang, 6, 29);

        Assert.Empty(quiet.Items);
        var due = Assert.Single(near.Items);
        Assert.Equal(("ReportDue", task.Id(), "FZ-01 任务 FZ-01", false), (due.Kind, due.TaskId, due.Title, due.Overdue));
        Assert.Equal(new DateOnly(2024, 6, 25), near.Period!.Due);
        Assert.Empty(leaderInGrace.Items);
        Assert.Equal(("UnitUnreported", "fazhi", 1), (Assert.Single(leaderAfterGrace.Items).Kind, leaderAfterGrace.Items[0].UnitId, leaderAfterGrace.Items[0].Count));
        Assert.Empty(reported.Items);
        Assert.Empty(leaderAfterReport.Items);
    }

    [Fact]
    public async Task UnitHeadSeesOnlyItsOwnUnitsTasksAndAViewerNothing()
    {
        var brigade = await new ApiBrigade(factory).Create();
        await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 12, year: 2024);
        await brigade.AddCountTask("XC-01", "xuanchuan", "Business", 12, year: 2024);

        var fazhi = await InboxOn(await brigade.SignIn("fazhi"), 6, 26);
        var viewer = await InboxOn(await brigade.SignIn("viewer"), 6, 29);
        var systemAdmin = await InboxOn(brigade.Admin, 6, 29);

        Assert.Equal(["FZ-01 任务 FZ-01"], fazhi.Items.Select(i => i.Title));
        Assert.Empty(viewer.Items);
        Assert.Empty(systemAdmin.Items);
        Assert.Null(systemAdmin.Period);
    }

    [Fact]
    public async Task OverdueInstructionWaitsForTheUnitAndReachesItsLeaderAfterTheGracePeriod()
    {
        var brigade = await new ApiBrigade(factory).Create();
        var zhao = await brigade.SignIn("zhao");
        var head = await brigade.SignIn("xuanchuan");
        var id = (await (await zhao.InstructUnit(brigade, "xuanchuan", dueDate: "2024-06-10")).Read<InstructionBody>()).Id;

        var waiting = await InboxOn(head, 6, 11);
        var leaderInGrace = await InboxOn(zhao, 6, 13);
        var leaderAfterGrace = await InboxOn(zhao, 6, 14);
        (await head.Answer(id, "已办理")).EnsureSuccessStatusCode();
        var answered = await InboxOn(zhao, 6, 14);
        (await zhao.Close(id)).EnsureSuccessStatusCode();

        Assert.Equal(("InstructionToAnswer", id, true), (Assert.Single(waiting.Items).Kind, waiting.Items[0].InstructionId, waiting.Items[0].Overdue));
        Assert.Empty(leaderInGrace.Items);
        Assert.Equal(("InstructionOverdue", "宣传中队"), (Assert.Single(leaderAfterGrace.Items).Kind, leaderAfterGrace.Items[0].UnitName));
        Assert.Equal(("InstructionAnswered", "已办理"), (Assert.Single(answered.Items).Kind, answered.Items[0].Detail));
        Assert.Empty((await InboxOn(zhao, 6, 14)).Items);
        Assert.Empty((await InboxOn(head, 6, 14)).Items);
    }

    [Fact]
    public async Task BrigadeSetsItsReportingCycleAndTheInboxFollowsIt()
    {
        var brigade = await new ApiBrigade(factory).Create();
        await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 12, year: 2024);
        var put = await brigade.Admin.PutAsJsonAsync($"/api/v1/brigades/{brigade.Id}", new
        {
            name = "淄川大队", partyOrgName = "中共淄博市公安局交通警察支队淄川大队总支部委员会", detachmentName = "淄博市公安局交通警察支队",
            reportingCycle = "Quarterly", reportingDueDay = 20, graceDays = 5,
        });
        put.EnsureSuccessStatusCode();
        var head = await brigade.SignIn("fazhi");

        var may = await InboxOn(head, 5, 20);
        var june = await InboxOn(head, 6, 14);

        Assert.Empty(may.Items);
        Assert.Equal(("2024-Q2", new DateOnly(2024, 6, 20), new DateOnly(2024, 6, 25)), (june.Period!.Key, june.Period.Due, june.Period.GraceEnds));
        Assert.Single(june.Items);
    }

    [Theory]
    [InlineData(29, null, "reportingDueDay")]
    [InlineData(0, null, "reportingDueDay")]
    [InlineData(26, null, "reportingDueDay")]
    [InlineData(20, 9, "graceDays")]
    [InlineData(null, -1, "graceDays")]
    public async Task ReportingCycleOutsideTheMonthIsRefusedNamingTheField(int? dueDay, int? grace, string field)
    {
        var brigade = await new ApiBrigade(factory).Create();

        var put = await brigade.Admin.PutAsJsonAsync($"/api/v1/brigades/{brigade.Id}", new
        {
            name = "淄川大队", partyOrgName = "党总支", detachmentName = "支队", reportingDueDay = dueDay, graceDays = grace,
        });

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Contains(field, (await put.Problem()).Errors!.Keys);
        var settings = (await brigade.Admin.Read<BrigadeSettingsBody>($"/api/v1/brigades/{brigade.Id}")).Settings;
        Assert.Equal((25, 3), (settings.ReportingDueDay, settings.GraceDays));
    }

    private async Task<InboxBody> InboxOn(HttpClient client, int month, int day)
    {
        clock.AdjustTime(new DateTimeOffset(2024, month, day, 4, 0, 0, TimeSpan.Zero));
        return await client.Read<InboxBody>("/api/v1/me/inbox");
    }

    private sealed record InboxBody(DateOnly? AsOf, PeriodBody? Period, ItemBody[] Items);

    private sealed record PeriodBody(string Key, DateOnly Due, DateOnly GraceEnds);

    private sealed record ItemBody(
        string Kind, string Title, bool Overdue, string? TaskId, string? InstructionId, string? UnitId, int Count, string? Detail, string? UnitName);

    private sealed record BrigadeSettingsBody(SettingsBody Settings);

    private sealed record SettingsBody(int ReportingDueDay, int GraceDays);
}
