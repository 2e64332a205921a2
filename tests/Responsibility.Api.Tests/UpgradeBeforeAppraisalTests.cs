namespace Responsibility.Api.Tests;

using System.Text.Json.Nodes;

/// <summary>
/// A data folder written by the version before 评责 (Fixtures/README.md: the demo brigade of commit c791285, made by
/// Fixtures/make-data-before-appraisal.sh) opens in this version and shows the same figures, tasks, instructions,
/// meetings, 清单, 责任书, 廉政档案, 整改台账 and 通报 as that version did.
/// </summary>
public sealed class UpgradeBeforeAppraisalTests
{
    private const string Password = "demo-zichuan";

    private const string Brigade = "/api/v1/brigades/zichuan";

    [Fact]
    public async Task FolderWrittenBeforeAppraisalShowsTheSameFiguresDutiesArchivesAndOversight()
    {
        var (dataPath, expected) = Unpack();
        await using var factory = new ApiFactory(dataPath);
        var leader = await factory.SignIn("dadui", Password);
        var (year, asOf) = ((int)expected["year"]!, (string)expected["asOf"]!);

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

        UpgradeTests.AssertSame(
            UpgradeBeforeDutiesTests.Settled(expected["instructions"]!),
            UpgradeBeforeDutiesTests.Settled(await leader.Read<JsonNode>($"{Brigade}/instructions")));
        UpgradeTests.AssertSame(expected["meetings"]!, await leader.Read<JsonNode>($"{Brigade}/meetings"));
        UpgradeTests.AssertSame(expected["pledges"]!, await leader.Read<JsonNode>($"{Brigade}/pledges?year={year}"));
        foreach (var (leaderId, sheet) in expected["leaderDuties"]!.AsObject())
        {
            UpgradeTests.AssertSame(sheet!, await leader.Read<JsonNode>($"{Brigade}/leaders/{leaderId}/duties?year={year}&asOf={asOf}"));
        }

        foreach (var (leaderId, archive) in expected["archives"]!.AsObject())
        {
            // Completion counts the slots as of the day read: compared above through the 清单 as of the fixture's day.
            UpgradeTests.AssertSame(
                Without(archive!, "completion"), Without(await leader.Read<JsonNode>($"{Brigade}/leaders/{leaderId}/archive?year={year}"), "completion"));
        }

        // Whether an item is overdue is judged on the day read.
        UpgradeTests.AssertSame(
            Each(expected["rectifications"]!, r => Without(r, "overdue")),
            Each(await leader.Read<JsonNode>($"{Brigade}/rectifications"), r => Without(r, "overdue")));
        UpgradeTests.AssertSame(expected["bulletins"]!, await leader.Read<JsonNode>($"{Brigade}/bulletins?year={year}"));
    }

    [Fact]
    public async Task UpgradedFolderHasNoSchemeItsMeetingsAreMonthlyAndItsArchivesHoldNoReportsOrRatings()
    {
        var (dataPath, expected) = Unpack();
        await using var factory = new ApiFactory(dataPath);
        var leader = await factory.SignIn("dadui", Password);
        var year = (int)expected["year"]!;

        var scheme = await leader.Read<JsonNode>($"{Brigade}/appraisal/{year}/scheme");
        var meetings = await leader.Read<JsonArray>($"{Brigade}/meetings");
        var scores = await leader.Read<JsonNode>($"{Brigade}/appraisal/{year}/scores?period={year}-Q1&subjects=Units");

        Assert.Empty(scheme["indicators"]!.AsArray());
        Assert.All(scores["scores"]!.AsArray(), s => Assert.Empty(s!["lines"]!.AsArray()));
        Assert.NotEmpty(meetings);
        Assert.All(meetings, m => Assert.Equal("Monthly", (string)m!["kind"]!));
        foreach (var (leaderId, _) in expected["archives"]!.AsObject())
        {
            var archive = await leader.Read<JsonNode>($"{Brigade}/leaders/{leaderId}/archive?year={year}");
            Assert.Empty(archive["ratings"]!.AsArray());
            Assert.Empty(archive["accountabilityReports"]?.AsArray() ?? []);
        }
    }

    internal static JsonNode Without(JsonNode node, string field)
    {
        var copy = node.DeepClone().AsObject();
        copy.Remove(field);
        return copy;
    }

    internal static JsonNode Each(JsonNode items, Func<JsonNode, JsonNode> change) => new JsonArray([.. items.AsArray().Select(i => change(i!))]);

    internal static (string DataPath, JsonNode Expected) Unpack() => UpgradeBeforeDutiesTests.Unpack("data-before-appraisal.zip");
}
