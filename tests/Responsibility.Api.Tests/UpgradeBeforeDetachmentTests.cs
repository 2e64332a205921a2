namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

/// <summary>
/// A data folder written by the version before 支队 (Fixtures/README.md: the demo brigade of commit ff65df2, made by
/// Fixtures/make-data-before-detachment.sh) opens in this version: the brigade, on its own, shows the same figures,
/// tasks, instructions, meetings, 责任书, 整改台账, 通报 and locked 考核 scores as that version did; then the system
/// administrator puts it under a new 支队 with all its data, and the 支队 reads the same figures.
/// </summary>
public sealed class UpgradeBeforeDetachmentTests
{
    private const string Password = "demo-zichuan";

    private const string Brigade = "/api/v1/brigades/zichuan";

    [Fact]
    public async Task FolderWrittenBeforeDetachmentsShowsTheSameBrigadeOnItsOwn()
    {
        var (dataPath, expected) = Unpack();
        await using var factory = new ApiFactory(dataPath);
        var leader = await factory.SignIn("dadui", Password);
        var (year, asOf) = ((int)expected["year"]!, (string)expected["asOf"]!);

        var brigade = await leader.Read<JsonObject>(Brigade);
        foreach (var (field, value) in expected["brigade"]!.AsObject())
        {
            UpgradeTests.AssertSame(value!, brigade[field], $"$.{field}");
        }

        Assert.Null(brigade["detachmentId"]?.GetValue<string>());
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
        // Whether an item is overdue is judged on the day read.
        UpgradeTests.AssertSame(
            UpgradeBeforeAppraisalTests.Each(expected["rectifications"]!, r => UpgradeBeforeAppraisalTests.Without(r, "overdue")),
            UpgradeBeforeAppraisalTests.Each(await leader.Read<JsonNode>($"{Brigade}/rectifications"), r => UpgradeBeforeAppraisalTests.Without(r, "overdue")));
        UpgradeTests.AssertSame(expected["bulletins"]!, await leader.Read<JsonNode>($"{Brigade}/bulletins?year={year}"));
        // The third quarter was locked by that version: its scores are frozen lines, the same on any later day.
        UpgradeTests.AssertSame(expected["unitScores"]!, await leader.Read<JsonNode>($"{Brigade}/appraisal/{year}/scores?period={year}-Q3&subjects=Units"));
        UpgradeTests.AssertSame(expected["leaderScores"]!, await leader.Read<JsonNode>($"{Brigade}/appraisal/{year}/scores?period={year}-Q3&subjects=Leaders"));
    }

    [Fact]
    public async Task UpgradedBrigadeJoinsANewDetachmentWithAllItsData()
    {
        var (dataPath, expected) = Unpack();
        await using var factory = new ApiFactory(dataPath);
        var admin = await factory.SignIn("admin", "fixture-admin-2026");
        var (year, asOf) = ((int)expected["year"]!, (string)expected["asOf"]!);

        (await admin.PutAsJsonAsync("/api/v1/detachments/zibo", new { name = "淄博市公安局交通警察支队" })).EnsureSuccessStatusCode();
        (await admin.PutAsync("/api/v1/detachments/zibo/brigades/zichuan", null)).EnsureSuccessStatusCode();
        foreach (var (username, role) in new[] { ("zb-leader", "DetachmentLeader"), ("zb-viewer", "DetachmentViewer") })
        {
            (await admin.PutAsJsonAsync($"/api/v1/detachments/zibo/users/{username}", new
            {
                displayName = "支队账号", password = "detachment-account-2026", role,
            })).EnsureSuccessStatusCode();
        }

        var reader = await factory.SignIn("zb-leader", "detachment-account-2026");
        var viewer = await factory.SignIn("zb-viewer", "detachment-account-2026");

        var row = (await reader.Read<JsonNode>($"/api/v1/detachments/zibo/dashboard?year={year}&asOf={asOf}"))["brigades"]!.AsArray().Single()!;
        var rollup = expected["rollup"]!;
        Assert.Equal(("zichuan", (double)rollup["percent"]!, (double)rollup["expected"]!, (int)rollup["taskCount"]!),
            ((string)row["brigadeId"]!, (double)row["percent"]!, (double)row["expected"]!, (int)row["taskCount"]!));
        UpgradeTests.AssertSame(rollup["counts"]!, row["counts"]);
        // A DetachmentLeader reads the brigade as its BrigadeLeader does; a DetachmentViewer as its Viewer, and writes nothing.
        UpgradeTests.AssertSame(rollup, await reader.Read<JsonNode>($"{Brigade}/rollup?year={year}&asOf={asOf}"));
        Assert.Equal((double)rollup["percent"]!, (double)(await viewer.Read<JsonNode>($"{Brigade}/rollup?year={year}&asOf={asOf}"))["percent"]!);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync($"{Brigade}/units/fazhi", new { name = "改名" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PutAsJsonAsync($"{Brigade}/units/fazhi", new { name = "改名" })).StatusCode);

        // The brigade's own accounts work as before, and see no detachment's routes.
        var leader = await factory.SignIn("dadui", Password);
        UpgradeTests.AssertSame(rollup, await leader.Read<JsonNode>($"{Brigade}/rollup?year={year}&asOf={asOf}"));
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync("/api/v1/detachments/zibo/dashboard")).StatusCode);
    }

    private static (string DataPath, JsonNode Expected) Unpack() => UpgradeBeforeDutiesTests.Unpack("data-before-detachment.zip");
}
