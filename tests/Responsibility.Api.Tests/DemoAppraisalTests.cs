namespace Responsibility.Api.Tests;

using System.Text.Json.Nodes;
using Responsibility.Api.Demo;
using Responsibility.Grains.Abstractions.Appraisal;

/// <summary>
/// The demo's 评责: the year's 考核方案 for units and leaders, automatic points through today, each quarter ended long
/// enough ago self-scored, reviewed and locked (one adjustment after the second), last year's 述责述廉 accepted (one
/// returned first) and its 民主测评 closed, 高鹏 below the threshold with the 提醒谈话 recorded.
/// </summary>
[Collection(DemoSupervisionTests.Name)]
public sealed class DemoAppraisalTests(SeededDemo demo) : IClassFixture<SeededDemo>
{
    private const string Brigade = "/api/v1/brigades/zichuan";

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    /// <summary>The quarters the demo reviewed and locked: those locked on the 12th after their end, before today.</summary>
    private static AppraisalPeriod[] Reviewed =>
        [.. AppraisalPeriod.Of(Today.Year, AppraisalPeriodKind.Quarter).Where(p => p.End.AddDays(12) < Today)];

    [Fact]
    public async Task DemoSchemeScoresUnitsAndLeadersAndItsEndedQuartersAreLockedWithTheGroupsScores()
    {
        var leader = await demo.Factory.SignIn("dadui", DemoOrganisation.Password);

        var scheme = await leader.Read<JsonNode>($"{Brigade}/appraisal/{Today.Year}/scheme");

        Assert.Equal("Quarter", (string)scheme["period"]!);
        Assert.Equal(DemoAppraisal.UnitIndicators.Length + DemoAppraisal.LeaderIndicators.Length, scheme["indicators"]!.AsArray().Count);
        foreach (var period in Reviewed)
        {
            var units = await leader.Read<JsonNode>($"{Brigade}/appraisal/{Today.Year}/scores?period={period.Key}&subjects=Units");
            var leaders = await leader.Read<JsonNode>($"{Brigade}/appraisal/{Today.Year}/scores?period={period.Key}&subjects=Leaders");
            Assert.True((bool)units["locked"]!, period.Key);
            Assert.True((bool)leaders["locked"]!, period.Key);
            Assert.Equal(DemoOrganisation.Units.Length, units["scores"]!.AsArray().Count);
            Assert.Contains(units["scores"]!.AsArray(), s => (int)s!["rank"]! == 1);
            // Automatic points came from the log: some unit earned 按时填报 with its cycles named.
            Assert.Contains(units["scores"]!.AsArray(), s => Line(s!, "A1")["causes"]!.AsArray().Count > 0);
            var zhixu = Subject(units, "zhixu");
            Assert.Equal(2.5m, (decimal)Line(zhixu, "C2")["review"]!["points"]!);
            Assert.Equal("仅有交流材料一份，按一项计分", (string)Line(zhixu, "C2")["review"]!["reason"]!);
            Assert.Equal(5m, (decimal)Line(zhixu, "C2")["self"]!["points"]!);
            var style = Line(Subject(leaders, "liuhaitao"), "L32");
            Assert.Equal(period.Quarter == 2 ? 8m : 10m, (decimal)style["review"]!["points"]!);
            var adjustments = Line(zhixu, "C2")["adjustments"]!.AsArray();
            Assert.Equal(period.Quarter == 2 ? 1 : 0, adjustments.Count);
        }
    }

    [Fact]
    public async Task DemoCurrentQuarterCountsAutomaticPointsThroughTodayUnlocked()
    {
        var leader = await demo.Factory.SignIn("dadui", DemoOrganisation.Password);
        var current = AppraisalPeriod.Of(Today.Year, AppraisalPeriodKind.Quarter).Single(p => p.Contains(Today));

        var units = await leader.Read<JsonNode>($"{Brigade}/appraisal/{Today.Year}/scores?period={current.Key}&subjects=Units");

        Assert.False((bool)units["locked"]!);
        Assert.Contains(units["scores"]!.AsArray(), s => s!["lines"]!.AsArray().Any(l => l!["causes"]!.AsArray().Count > 0));
        var sheet = await leader.GetAsync($"{Brigade}/appraisal/{Today.Year}/{current.Key}/sheet?format=xlsx");
        Assert.Equal(System.Net.HttpStatusCode.OK, sheet.StatusCode);
    }

    [Fact]
    public async Task DemoHasLastYearsAccountabilityReportsAcceptedOneReturnedFirst()
    {
        var leader = await demo.Factory.SignIn("dadui", DemoOrganisation.Password);

        foreach (var l in DemoOrganisation.Leaders)
        {
            var report = await leader.Read<JsonNode>($"{Brigade}/leaders/{l.Id}/accountability-reports/{Today.Year - 1}");
            Assert.Equal("Accepted", (string)report["state"]!);
            var history = report["history"]!.AsArray().Select(h => (string)h!["kind"]!).ToArray();
            Assert.Equal(l.Id == "gaopeng", history.Contains("Returned"));
        }
    }

    [Fact]
    public async Task DemoRatingsPutGaoPengBelowTheThresholdAndTheReminderTalkIsRecorded()
    {
        var leader = await demo.Factory.SignIn("dadui", DemoOrganisation.Password);

        var archive = await leader.Read<JsonNode>($"{Brigade}/leaders/{DemoRatings.Rated}/archive?year={Today.Year}");
        var others = await leader.Read<JsonNode>($"{Brigade}/leaders/liuhaitao/archive?year={Today.Year}");
        var first = await leader.Read<JsonNode>($"{Brigade}/leaders/wanglixia/archive?year={Today.Year}");

        var rating = Assert.Single(archive["ratings"]!.AsArray())!["rating"]!;
        Assert.True((bool)rating["belowThreshold"]!);
        // Every attendee but 高鹏 himself rated him: four other leaders and eight unit heads.
        Assert.Equal(DemoOrganisation.Leaders.Length - 1 + DemoOrganisation.Units.Length, (int)rating["ballots"]!);
        Assert.False((bool)Assert.Single(others["ratings"]!.AsArray())!["rating"]!["belowThreshold"]!);
        Assert.Contains(first["talks"]!.AsArray(), t => (string)t!["kind"]! == "Reminder" && t["participants"]!.AsArray().Any(p => (string?)p == "高鹏"));
        var inbox = await leader.Read<JsonNode>("/api/v1/me/inbox");
        Assert.DoesNotContain(inbox["items"]!.AsArray(), i => (string)i!["kind"]! == "ReminderTalk");
    }

    private static JsonNode Subject(JsonNode scores, string id) =>
        scores["scores"]!.AsArray().Single(s => (string)s!["subject"]!["id"]! == id)!;

    private static JsonNode Line(JsonNode subject, string indicator) =>
        subject["lines"]!.AsArray().Single(l => (string)l!["indicator"]! == indicator)!;
}
