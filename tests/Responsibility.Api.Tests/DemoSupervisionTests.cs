namespace Responsibility.Api.Tests;

using Responsibility.Api.Demo;

/// <summary>
/// The demo brigade ends with a meeting, its decisions, and instructions in every state, and its report says so. Seeding
/// prints to the console, which <see cref="SeededDemo"/> captures: two seeded apps must not start side by side.
/// </summary>
[Collection(Name)]
public sealed class DemoSupervisionTests(SeededDemo demo) : IClassFixture<SeededDemo>
{
    public const string Name = "demo-supervision";

    [Fact]
    public async Task DemoHasAMeetingWithDecisionsAndInstructionsInEveryState()
    {
        var leader = await demo.Factory.SignIn("dadui", DemoOrganisation.Password);

        var meetings = await leader.Read<MeetingBody[]>("/api/v1/brigades/zichuan/meetings");
        var instructions = await leader.Read<InstructionBody[]>("/api/v1/brigades/zichuan/instructions");

        // The monthly meeting; the other is last year's 述责述廉 meeting (DemoRatings).
        Assert.Equal(3, Assert.Single(meetings, m => m.Kind == "Monthly").Decisions.Length);
        Assert.Equal("Accountability", Assert.Single(meetings, m => m.Kind != "Monthly").Kind);
        Assert.Equal(["Answered", "Closed", "Open", "Overdue"], instructions.Select(i => i.Status).Distinct().Order());
        Assert.Contains(instructions, i => i.Steps.Any(s => s.Kind == "Reopened"));
    }

    [Fact]
    public async Task DemoAnswersCarryEvidenceTheAuthorDownloadsAndTheRunningMonthsReportCounts()
    {
        var leader = await demo.Factory.SignIn("dadui", DemoOrganisation.Password);
        var month = ApiInstructions.Today()[..7];

        var instructions = await leader.Read<InstructionBody[]>("/api/v1/brigades/zichuan/instructions");
        var report = await leader.GetStringAsync($"/api/v1/brigades/zichuan/reports/monthly/{month}?preview=true&format=md");

        var files = instructions.SelectMany(i => i.Steps).SelectMany(s => s.Attachments).ToArray();
        Assert.Equal(4, files.Length);
        Assert.All(files, f => Assert.EndsWith(".docx", f.FileName));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await leader.Download(files[0].Id)).StatusCode);
        Assert.Contains("批示办理共附佐证材料", report);
        Assert.Contains("附佐证材料1份。", report);
    }

    [Fact]
    public async Task DemosRunningMonthReportListsItsInstructionsAndTheMeetingsDecisions()
    {
        var viewer = await demo.Factory.SignIn("viewer", DemoOrganisation.Password);
        var month = ApiInstructions.Today()[..7];

        var report = await viewer.GetStringAsync($"/api/v1/brigades/zichuan/reports/monthly/{month}?preview=true&format=md");

        Assert.Contains("领导批示督办事项办理情况", report);
        Assert.Contains("上次例会议定事项落实情况", report);
        Assert.Contains("城区中队（逾期未办结）", report);
        Assert.Contains("秩序中队（已办结）", report);
    }
}

/// <summary>
/// The demo year is replayed on its dates: entries are recorded on the day they report, returns the morning after,
/// last month's report on the 1st at 08:00, the set-up by the office clerk and the system admin, never by "demo".
/// </summary>
[Collection(DemoSupervisionTests.Name)]
public sealed class DemoDatesTests(SeededDemo demo) : IClassFixture<SeededDemo>
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public async Task DemoEntriesAuditRowsAndReportsCarryTheDatesTheyStandFor()
    {
        var leader = await demo.Factory.SignIn("dadui", DemoOrganisation.Password);
        var tasks = await leader.Read<TaskBody[]>("/api/v1/brigades/zichuan/tasks");
        var entries = (await Task.WhenAll(tasks.Select(t => leader.Read<DatedEntry[]>($"/api/v1/tasks/{t.Id}/progress")))).SelectMany(e => e).ToArray();
        var reports = await leader.Read<DatedReport[]>("/api/v1/brigades/zichuan/reports/monthly");
        var audit = new List<AuditRow>();
        for (var page = await leader.Read<AuditPage>("/api/v1/brigades/zichuan/audit?limit=200"); ; page = await leader.Read<AuditPage>($"/api/v1/brigades/zichuan/audit?limit=200&cursor={page.Next}"))
        {
            audit.AddRange(page.Entries);
            if (page.Next is null)
            {
                break;
            }
        }

        var today = Local(DateTimeOffset.UtcNow);

        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Equal(e.OccurredOn, Local(e.RecordedAt)));
        Assert.All(entries.Where(e => e.Returned), e => Assert.Equal(e.OccurredOn.AddDays(1), Local(e.ReturnedAt!.Value)));
        Assert.All(reports.Where(r => r.Month < today.Month), r =>
            Assert.Equal(new DateTime(r.Year, r.Month, 1).AddMonths(1).AddHours(8), TimeZoneInfo.ConvertTime(r.LatestGeneratedAt, Shanghai).DateTime));
        Assert.DoesNotContain(audit, e => e.Actor == "demo");
        Assert.Contains(audit, e => e.ActorName == "李静");
        Assert.Equal(new DateOnly(today.Year, 1, 2), audit.Min(e => Local(e.At)));
        Assert.True(audit.Select(e => Local(e.At)).Distinct().Count() >= today.Month, "audit rows on the days they stand for, not at the moment of seeding");
    }

    private static DateOnly Local(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Shanghai).DateTime);

    private sealed record DatedEntry(DateOnly OccurredOn, DateTimeOffset RecordedAt, bool Returned, DateTimeOffset? ReturnedAt);

    private sealed record DatedReport(int Year, int Month, DateTimeOffset LatestGeneratedAt);

    private sealed record AuditPage(AuditRow[] Entries, string? Next);

    private sealed record AuditRow(DateTimeOffset At, string Actor, string ActorName);
}
