namespace Responsibility.Api.Tests;

using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;

/// <summary>
/// A data folder written by the version before 明责 and 履责 (Fixtures/README.md: the demo brigade of that version, made
/// by Fixtures/make-data-before-duties.sh) opens in this version, shows the same figures, tasks and instructions, and
/// answers the duty routes with empty lists: nothing was listed, signed or recorded then.
/// </summary>
public sealed class UpgradeBeforeDutiesTests
{
    private const string Password = "demo-zichuan";

    [Fact]
    public async Task FolderWrittenBeforeDutiesShowsTheSameRollupsTasksInstructionsAndMeetings()
    {
        var (dataPath, expected) = Unpack();
        await using var factory = new ApiFactory(dataPath);
        var leader = await factory.SignIn("dadui", Password);
        var (year, asOf) = ((int)expected["year"]!, (string)expected["asOf"]!);

        UpgradeTests.AssertSame(expected["rollup"]!, await leader.Read<JsonNode>($"/api/v1/brigades/zichuan/rollup?year={year}&asOf={asOf}"));
        UpgradeTests.AssertSame(expected["tasks"]!, await leader.Read<JsonNode>($"/api/v1/brigades/zichuan/tasks?year={year}&asOf={asOf}"));
        foreach (var (unitId, rollup) in expected["units"]!.AsObject())
        {
            UpgradeTests.AssertSame(rollup!, await leader.Read<JsonNode>($"/api/v1/brigades/zichuan/units/{unitId}/rollup?year={year}&asOf={asOf}"));
        }

        foreach (var (leaderId, rollup) in expected["leaders"]!.AsObject())
        {
            UpgradeTests.AssertSame(rollup!, await leader.Read<JsonNode>($"/api/v1/brigades/zichuan/leaders/{leaderId}/rollup?year={year}&asOf={asOf}"));
        }

        UpgradeTests.AssertSame(Settled(expected["instructions"]!), Settled(await leader.Read<JsonNode>("/api/v1/brigades/zichuan/instructions")));
        UpgradeTests.AssertSame(expected["meetings"]!, await leader.Read<JsonNode>("/api/v1/brigades/zichuan/meetings"));
    }

    [Fact]
    public async Task DutyRoutesOfTheUpgradedFolderAnswerEmptyListsNotErrors()
    {
        var (dataPath, expected) = Unpack();
        await using var factory = new ApiFactory(dataPath);
        var leader = await factory.SignIn("dadui", Password);
        var year = (int)expected["year"]!;
        string[] leaders = [.. expected["leaders"]!.AsObject().Select(l => l.Key)];
        string[] units = [.. expected["units"]!.AsObject().Select(u => u.Key)];

        var list = await leader.Read<JsonNode>($"/api/v1/brigades/zichuan/duties/{year}");
        var pledges = await leader.Read<JsonNode>($"/api/v1/brigades/zichuan/pledges?year={year}");
        var risks = await leader.Read<JsonArray>($"/api/v1/brigades/zichuan/risks?year={year}");
        var inbox = await leader.Read<JsonNode>("/api/v1/me/inbox");

        Assert.Empty(list["items"]!.AsArray());
        Assert.Equal((0, 0.0), ((int)pledges["signed"]!, (double)pledges["signedRate"]!));
        Assert.All(pledges["pledges"]!.AsArray(), p => Assert.Null(p!["signature"]));
        Assert.Empty(risks);
        Assert.DoesNotContain(inbox["items"]!.AsArray(), i => (string?)i!["kind"] == "DutySlot");
        foreach (var id in leaders)
        {
            var sheet = await leader.Read<JsonNode>($"/api/v1/brigades/zichuan/leaders/{id}/duties?year={year}");
            var records = await leader.Read<JsonArray>($"/api/v1/brigades/zichuan/leaders/{id}/records?year={year}");
            var archive = await leader.GetAsync($"/api/v1/brigades/zichuan/leaders/{id}/archive?year={year}");

            Assert.Empty(sheet["items"]!.AsArray());
            // What the log already held of the leader (instructions issued, meetings chaired, entries returned) counts;
            // nothing was written.
            Assert.All(records, r => Assert.NotEqual("Written", (string?)r!["source"]));
            Assert.Equal(HttpStatusCode.OK, archive.StatusCode);
        }

        foreach (var id in units)
        {
            var sheet = await leader.Read<JsonNode>($"/api/v1/brigades/zichuan/units/{id}/duties?year={year}");
            var records = await leader.Read<JsonArray>($"/api/v1/brigades/zichuan/units/{id}/records?year={year}");

            Assert.Empty(sheet["items"]!.AsArray());
            Assert.Empty(records);
        }
    }

    /// <summary>
    /// An instruction as it stood, without what the day it is read on decides (its status, the day, an escalation the
    /// deadline check may have made since).
    /// </summary>
    internal static JsonNode Settled(JsonNode instructions) => new JsonArray([.. instructions.AsArray().Select(i =>
    {
        var copy = i!.DeepClone().AsObject();
        copy.Remove("status");
        copy.Remove("asOf");
        copy.Remove("escalated");
        copy["steps"] = new JsonArray([.. copy["steps"]!.AsArray().Where(s => (string?)s!["kind"] != "Escalated").Select(s => s!.DeepClone())]);
        return (JsonNode)copy;
    })]);

    /// <summary>A fixture folder (Fixtures/README.md) unpacked where this test may write: its data folder and expected answers.</summary>
    internal static (string DataPath, JsonNode Expected) Unpack(string zip = "data-before-duties.zip")
    {
        var root = Path.Combine(Path.GetTempPath(), "responsibility-api-tests", Guid.NewGuid().ToString("N"));
        ZipFile.ExtractToDirectory(Path.Combine(AppContext.BaseDirectory, "Fixtures", zip), root);
        return (Path.Combine(root, "data"), JsonNode.Parse(File.ReadAllText(Path.Combine(root, "expected.json")))!);
    }
}
