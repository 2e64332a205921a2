namespace Responsibility.Api.Tests;

using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Oversight;

/// <summary>
/// A data folder written by the version before 督责 (Fixtures/README.md: the demo brigade of commit 7a644df, made by
/// Fixtures/make-data-before-oversight.sh) opens in this version, shows the same figures, tasks, instructions, meetings,
/// 清单, 责任书 and records as that version did, and its 督责台账 is empty: nothing was inspected, extended or circulated then.
/// Its stored monthly report reads as it did; a version generated now carries §五's 整改 and extensions, all none.
/// </summary>
public sealed class UpgradeBeforeOversightTests
{
    private const string Password = "demo-zichuan";

    [Fact]
    public async Task FolderWrittenBeforeOversightShowsTheSameRollupsTasksInstructionsDutiesAndPledges()
    {
        var (dataPath, expected) = Unpack();
        await using var factory = new ApiFactory(dataPath);
        var leader = await factory.SignIn("dadui", Password);
        var (year, asOf) = ((int)expected["year"]!, (string)expected["asOf"]!);
        const string Brigade = "/api/v1/brigades/zichuan";

        UpgradeTests.AssertSame(expected["rollup"]!, await leader.Read<JsonNode>($"{Brigade}/rollup?year={year}&asOf={asOf}"));
        UpgradeTests.AssertSame(expected["tasks"]!, await leader.Read<JsonNode>($"{Brigade}/tasks?year={year}&asOf={asOf}"));
        foreach (var (unitId, rollup) in expected["units"]!.AsObject())
        {
            UpgradeTests.AssertSame(rollup!, await leader.Read<JsonNode>($"{Brigade}/units/{unitId}/rollup?year={year}&asOf={asOf}"));
        }

        foreach (var (leaderId, rollup) in expected["leaders"]!.AsObject())
        {
            UpgradeTests.AssertSame(rollup!, await leader.Read<JsonNode>($"{Brigade}/leaders/{leaderId}/rollup?year={year}&asOf={asOf}"));
        }

        UpgradeTests.AssertSame(Settled(expected["instructions"]!), Settled(await leader.Read<JsonNode>($"{Brigade}/instructions")));
        UpgradeTests.AssertSame(expected["meetings"]!, await leader.Read<JsonNode>($"{Brigade}/meetings"));
        UpgradeTests.AssertSame(expected["duties"]!, await leader.Read<JsonNode>($"{Brigade}/duties/{year}"));
        UpgradeTests.AssertSame(expected["pledges"]!, await leader.Read<JsonNode>($"{Brigade}/pledges?year={year}"));
        foreach (var (leaderId, sheet) in expected["leaderDuties"]!.AsObject())
        {
            UpgradeTests.AssertSame(sheet!, await leader.Read<JsonNode>($"{Brigade}/leaders/{leaderId}/duties?year={year}&asOf={asOf}"));
        }

        foreach (var (unitId, sheet) in expected["unitDuties"]!.AsObject())
        {
            UpgradeTests.AssertSame(sheet!, await leader.Read<JsonNode>($"{Brigade}/units/{unitId}/duties?year={year}&asOf={asOf}"));
        }

        foreach (var (leaderId, records) in expected["leaderRecords"]!.AsObject())
        {
            UpgradeTests.AssertSame(records!, await leader.Read<JsonNode>($"{Brigade}/leaders/{leaderId}/records?year={year}"));
        }
    }

    [Fact]
    public async Task TasksInstructionsAndSlotsOfTheUpgradedFolderAnswerTheirDueDateAsOriginalAndCurrentUnextended()
    {
        var (dataPath, expected) = Unpack();
        await using var factory = new ApiFactory(dataPath);
        var leader = await factory.SignIn("dadui", Password);
        var year = (int)expected["year"]!;
        const string Brigade = "/api/v1/brigades/zichuan";

        var tasks = Dated(await leader.Read<JsonNode>($"{Brigade}/tasks?year={year}"));
        var instructions = Dated(await leader.Read<JsonNode>($"{Brigade}/instructions"));
        var slots = new List<JsonObject>();
        foreach (var (unitId, _) in expected["unitDuties"]!.AsObject())
        {
            slots.AddRange(Dated(await leader.Read<JsonNode>($"{Brigade}/units/{unitId}/duties?year={year}")));
        }

        Assert.Equal(expected["tasks"]!.AsArray().Count, tasks.Count);
        Assert.Equal(expected["instructions"]!.AsArray().Count(i => i!["dueDate"] is not null), instructions.Count);
        Assert.NotEmpty(slots);
        Assert.All(tasks.Concat(instructions).Concat(slots), o =>
            Assert.Equal(((string?)o["due"] ?? (string?)o["dueDate"], 0), ((string?)o["originalDue"], (int)o["extensionCount"]!)));
    }

    /// <summary>Every object in the answer that carries an original due date.</summary>
    private static List<JsonObject> Dated(JsonNode? node) => node switch
    {
        JsonObject o when o.ContainsKey("originalDue") && o["originalDue"] is not null => [o, .. o.Select(p => p.Value).SelectMany(Dated)],
        JsonObject o => [.. o.Select(p => p.Value).SelectMany(Dated)],
        JsonArray a => [.. a.SelectMany(Dated)],
        _ => [],
    };

    [Fact]
    public async Task OversightOfTheUpgradedFolderIsEmptyAndItsStoredReportReadsAsBefore()
    {
        var (dataPath, expected) = Unpack();
        await using var factory = new ApiFactory(dataPath);
        var leader = await factory.SignIn("dadui", Password);
        var oversight = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IOversightGrain>("zichuan");
        var asOf = DateOnly.Parse((string)expected["asOf"]!, System.Globalization.CultureInfo.InvariantCulture);
        var month = $"{asOf.AddMonths(-1):yyyy-MM}";
        var stored = $"/api/v1/brigades/zichuan/reports/monthly/{month}?version=1";

        Assert.Empty(await oversight.ListInspections(null));
        Assert.Empty(await oversight.ListRectifications(new RectificationFilter()));
        Assert.Empty(await oversight.ListExtensions());
        Assert.Empty(await oversight.ListBulletins(null));
        var json = await leader.Read<JsonNode>(stored);
        var answers = await Task.WhenAll(new[] { "md", "html", "docx" }.Select(f => leader.GetAsync($"{stored}&format={f}")));
        var md = await answers[0].Content.ReadAsStringAsync();
        var generated = await leader.PostAsync($"/api/v1/brigades/zichuan/reports/monthly/{month}/generate", null);
        var fresh = JsonNode.Parse(await generated.Content.ReadAsStringAsync())!;
        var freshMd = await leader.GetStringAsync($"/api/v1/brigades/zichuan/reports/monthly/{month}?version={(int)fresh["version"]!}&format=md");

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Null(json["rectifications"]);
        Assert.Null(json["extensions"]);
        Assert.Contains("滞后任务及督办事项", md);
        Assert.DoesNotContain("整改问题落实情况", md);
        Assert.DoesNotContain("延期审批情况", md);
        Assert.Equal(HttpStatusCode.Created, generated.StatusCode);
        Assert.Equal((0, 0, 0, 0), ((int)fresh["rectifications"]!["opened"]!, (int)fresh["rectifications"]!["closed"]!,
            fresh["rectifications"]!["due"]!.AsArray().Count, fresh["extensions"]!.AsArray().Count));
        Assert.Contains("本月到期整改问题0个", freshMd);
        Assert.Contains("本月无延期申请审批事项。", freshMd);
    }

    private static JsonNode Settled(JsonNode instructions) => UpgradeBeforeDutiesTests.Settled(instructions);

    private static (string DataPath, JsonNode Expected) Unpack() => UpgradeBeforeDutiesTests.Unpack("data-before-oversight.zip");
}
