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

        Assert.Equal(3, Assert.Single(meetings).Decisions.Length);
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
        Assert.Equal(3, files.Length);
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
