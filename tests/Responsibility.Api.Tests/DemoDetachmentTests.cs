namespace Responsibility.Api.Tests;

using System.Text.Json.Nodes;
using Responsibility.Api.Demo;

/// <summary>
/// The demo's 淄博支队: 淄川, 张店 and 博山 under it, its dashboard equal to each brigade's own rollup, the 一盔一带 task
/// handed down to all three and assigned by each, and the 督办 to 博山 answered by its 大队长.
/// </summary>
[Collection(DemoSupervisionTests.Name)]
public sealed class DemoDetachmentTests(SeededDemo demo) : IClassFixture<SeededDemo>
{
    private const string Detachment = "/api/v1/detachments/zibo";

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task DemoDetachmentShowsItsThreeBrigadesWithTheirOwnFigures()
    {
        var leader = await demo.Factory.SignIn("zb-leader", DemoOrganisation.Password);

        var detachment = await leader.Read<JsonNode>(Detachment);
        var dashboard = await leader.Read<JsonNode>($"{Detachment}/dashboard");

        Assert.Equal(["zichuan", "zhangdian", "boshan"], detachment["brigades"]!.AsArray().Select(b => (string)b!["brigadeId"]!));
        foreach (var row in dashboard["brigades"]!.AsArray())
        {
            var brigadeId = (string)row!["brigadeId"]!;
            var rollup = await leader.Read<JsonNode>($"/api/v1/brigades/{brigadeId}/rollup?asOf={dashboard["asOf"]}");
            Assert.Equal((double)rollup["percent"]!, (double)row["percent"]!, 10);
            Assert.Equal((int)rollup["taskCount"]!, (int)row["taskCount"]!);
            Assert.True((int)row["taskCount"]! > 0, brigadeId);
        }

        Assert.Contains("zb-leader", demo.Output);
        Assert.Contains("zb-viewer", demo.Output);
    }

    [Fact]
    public async Task DemoTaskHandedDownIsAssignedByEachBrigadeAndReportedOn()
    {
        var office = await demo.Factory.SignIn("zb-admin", DemoOrganisation.Password);

        var template = Assert.Single(await office.Read<JsonArray>($"{Detachment}/templates"))!;
        var compared = await office.Read<JsonNode>($"{Detachment}/templates/{template["id"]}");

        Assert.Equal(DemoDetachment.HandedDown.Title, (string)template["title"]!);
        var rows = compared["brigades"]!.AsArray();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.True((bool)r!["assigned"]!));
        if (Today.Month >= 3)
        {
            Assert.All(rows, r => Assert.True((double)r!["percent"]! > 0));
        }

        // In the brigade it is a task of its own, marked with its source.
        var zhangdian = await demo.Factory.SignIn("zd-dadui", DemoOrganisation.Password);
        var instance = rows.Single(r => (string)r!["brigadeId"]! == "zhangdian")!;
        var task = await zhangdian.Read<JsonNode>($"/api/v1/tasks/{instance["taskId"]}");
        Assert.Equal("zibo", (string)task["source"]!["detachmentId"]!);
        Assert.Equal("zd-zhixu", (string)task["unitId"]!);
    }

    [Fact]
    public async Task DemoSupervisionOfBoshanWasAnsweredByItsLeaderAndAwaitsTheDetachment()
    {
        var leader = await demo.Factory.SignIn("zb-leader", DemoOrganisation.Password);

        var instruction = Assert.Single(await leader.Read<JsonArray>($"{Detachment}/instructions"))!;
        var boshan = await demo.Factory.SignIn("bs-dadui", DemoOrganisation.Password);
        var read = await boshan.Read<JsonNode>($"/api/v1/instructions/{instruction["id"]}");

        Assert.Equal("boshan", (string)read["brigadeId"]!);
        Assert.Equal("Answered", (string)read["status"]!);
        Assert.Contains("赶工计划", (string)read["steps"]!.AsArray().Last()!["text"]!);
    }
}
