namespace Responsibility.Api.Tests;

using System.Text.Json.Nodes;
using Responsibility.Api.Demo;

/// <summary>
/// The demo's 明责 and 履责: this year's 责任清单 of several cadences and holders, the 责任书 signed in January but one,
/// records in every month gone by with a few slots left 未履责, a 约谈 with 整改要求, and the 廉政风险点 registers of
/// 事故处理, 车辆管理 and 违法处理.
/// </summary>
[Collection(DemoSupervisionTests.Name)]
public sealed class DemoDutiesTests(SeededDemo demo) : IClassFixture<SeededDemo>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task DemoListHasItemsOfSeveralCadencesForAllLeadersNamedLeadersAndNamedUnits()
    {
        var clerk = await demo.Factory.SignIn(DemoSeeder.Clerk, DemoOrganisation.Password);

        var items = (await clerk.Read<JsonNode>($"/api/v1/brigades/zichuan/duties/{Today.Year}"))["items"]!.AsArray();

        Assert.True(items.Count >= 8, $"{items.Count} items");
        Assert.Equal(["HalfYearly", "Monthly", "Once", "Quarterly", "Yearly"], items.Select(i => (string)i!["cadence"]!).Distinct().Order());
        Assert.Contains(items, i => (bool)i!["assignees"]!["allLeaders"]!);
        Assert.Contains(items, i => i!["assignees"]!["leaderIds"]!.AsArray().Count > 0);
        Assert.Contains(items, i => i!["assignees"]!["unitIds"]!.AsArray().Count > 0);
        Assert.Contains(items, i => (string)i!["section"]! == "第一责任人职责");
        Assert.Contains(items, i => (string)i!["section"]! == "班子成员一岗双责");
    }

    [Fact]
    public async Task DemoPledgesAreSignedInJanuaryWithAScanAllButOne()
    {
        var leader = await demo.Factory.SignIn("dadui", DemoOrganisation.Password);

        var list = await leader.Read<JsonNode>($"/api/v1/brigades/zichuan/pledges?year={Today.Year}");

        var pledges = list["pledges"]!.AsArray();
        var unsigned = Assert.Single(pledges, p => p!["signedOn"] is null)!;
        Assert.Equal((DemoDuties.Unsigned.PartyA, DemoDuties.Unsigned.UnitId), ((string)unsigned["partyA"]!["leaderId"]!, (string)unsigned["partyB"]!["unitId"]!));
        Assert.True((double)list["signedRate"]! < 1);
        Assert.Equal(pledges.Count - 1, (int)list["signed"]!);
        var signed = pledges.Where(p => p!["signedOn"] is not null).ToArray();
        Assert.All(signed, p => Assert.True(DateOnly.Parse((string)p!["signedOn"]!, System.Globalization.CultureInfo.InvariantCulture) <= new DateOnly(Today.Year, 1, 31)));
        Assert.All(signed, p => Assert.EndsWith(".docx", (string)p!["scan"]!["fileName"]!));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await leader.Download((string)signed[0]!["scan"]!["id"]!)).StatusCode);
    }

    [Fact]
    public async Task DemoHoldersRecordedInEveryMonthGoneByAndLeftSomeSlotsUnfulfilled()
    {
        var leader = await demo.Factory.SignIn("dadui", DemoOrganisation.Password);
        var records = new List<JsonNode>();
        var slots = new List<JsonNode>();
        foreach (var holder in DemoDuties.Holders())
        {
            var path = $"/api/v1/brigades/zichuan/{(holder.Kind == Grains.Abstractions.Duties.DutyHolderKind.Leader ? "leaders" : "units")}/{holder.Id}";
            records.AddRange((await leader.Read<JsonArray>($"{path}/records?year={Today.Year}"))!.Select(r => r!));
            var sheet = await leader.Read<JsonNode>($"{path}/duties?year={Today.Year}");
            slots.AddRange(sheet["items"]!.AsArray().SelectMany(i => i!["slots"]!.AsArray()).Select(s => s!));
        }

        var written = records.Where(r => (string)r["source"]! == "Written").ToArray();
        var months = written.Select(r => DateOnly.Parse((string)r["occurredOn"]!, System.Globalization.CultureInfo.InvariantCulture).Month).ToHashSet();

        Assert.All(Enumerable.Range(1, Today.Month - 1), m => Assert.Contains(m, months));
        // Each fulfils a slot or carries an instruction, but the 提醒谈话 the 民主测评 asked for (DemoRatings): it answers the rating.
        var afterRating = written.Where(r => (string)r["kind"]! == "Reminder" && r["participants"]!.AsArray().Any(p => (string?)p == "高鹏")
                                             && ((string)r["content"]!).Contains("民主测评", StringComparison.Ordinal)).ToArray();
        Assert.Single(afterRating);
        Assert.All(written.Except(afterRating), r => Assert.NotEmpty(r["slotIds"]!.AsArray().Concat(r["instructionIds"]!.AsArray())));
        if (Today.Month >= 2)
        {
            Assert.Contains(slots, s => (string)s["state"]! == "Missed");
        }

        Assert.Contains(slots, s => (string)s["state"]! == "Recorded");
        Assert.True(slots.Count(s => (string)s["state"]! == "Missed") <= 3, "a few slots 未履责, not many");
    }

    [Fact]
    public async Task DemoInterviewCarriesRectificationTrackedAsAnInstruction()
    {
        var leader = await demo.Factory.SignIn("zhaozhigang", DemoOrganisation.Password);

        var records = await leader.Read<JsonArray>($"/api/v1/brigades/zichuan/leaders/zhaozhigang/records?year={Today.Year}");

        var interview = Assert.Single(records, r => (string)r!["kind"]! == "Interview" && r["followUp"] is not null)!;
        var instruction = await leader.Read<JsonNode>($"/api/v1/instructions/{(string)interview["instructionIds"]![0]!}");
        Assert.Equal(("shigu", "zhaozhigang"), ((string)instruction["unitId"]!, (string)instruction["leaderId"]!));
    }

    [Fact]
    public async Task DemoRiskRegistersCoverAccidentsVehiclesAndViolationsAtEveryLevel()
    {
        var leader = await demo.Factory.SignIn("dadui", DemoOrganisation.Password);

        var rows = await leader.Read<JsonArray>($"/api/v1/brigades/zichuan/risks?year={Today.Year}");

        foreach (var (unit, post) in new[] { ("shigu", "事故处理岗"), ("banan", "车辆管理岗"), ("zhixu", "违法处理岗") })
        {
            var own = rows.Where(r => (string)r!["unitId"]! == unit).ToArray();
            Assert.True(own.Length >= 3, unit);
            Assert.All(own, r => Assert.Equal(post, (string)r!["post"]!));
            Assert.Equal(["High", "Low", "Medium"], own.Select(r => (string)r!["level"]!).Distinct().Order());
            Assert.All(own, r => Assert.False(string.IsNullOrEmpty((string?)r!["leaderId"])));
        }
    }
}
