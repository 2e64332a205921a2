namespace Responsibility.Api.Tests;

using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

/// <summary>
/// Users' data outlives versions: a data folder written before the event log (Fixtures/README.md) opens in this
/// version and answers what the old version answered about it.
/// </summary>
public sealed class UpgradeTests
{
    private const string OldPassword = "demo12345";
    private const string AsOf = "2026-11-29";

    [Fact]
    public async Task FolderWrittenBeforeTheEventLogShowsTheSameTasksEntriesRollupsAndReports()
    {
        var (dataPath, expected) = Unpack();
        await using var factory = new ApiFactory(dataPath);
        var leader = await factory.SignIn("dadui", OldPassword);
        var admin = await factory.SignIn("zc-admin", OldPassword);

        AssertSame(expected["rollup"]!, await leader.Read<JsonNode>($"/api/v1/brigades/zichuan/rollup?year=2026&asOf={AsOf}"));
        AssertSame(expected["tasks"]!, await admin.Read<JsonNode>($"/api/v1/brigades/zichuan/tasks?year=2026&asOf={AsOf}"));
        foreach (var (unitId, rollup) in expected["units"]!.AsObject())
        {
            AssertSame(rollup!, await leader.Read<JsonNode>($"/api/v1/brigades/zichuan/units/{unitId}/rollup?year=2026&asOf={AsOf}"));
        }

        foreach (var (leaderId, rollup) in expected["leaders"]!.AsObject())
        {
            AssertSame(rollup!, await leader.Read<JsonNode>($"/api/v1/brigades/zichuan/leaders/{leaderId}/rollup?year=2026&asOf={AsOf}"));
        }

        // Entries now come newest recorded first, a page at a time (SPEC §6); that version listed them all, oldest first.
        foreach (var (taskId, entries) in expected["entries"]!.AsObject())
        {
            var newestFirst = new JsonArray([.. entries!.AsArray().Reverse().Select(e => e!.DeepClone())]);
            AssertSame(newestFirst, await admin.Read<JsonNode>($"/api/v1/tasks/{taskId}/progress?limit=500"));
        }

        AssertSame(expected["reportList"]!, await leader.Read<JsonNode>("/api/v1/brigades/zichuan/reports/monthly"));
        foreach (var (key, report) in expected["reports"]!.AsObject())
        {
            var (month, version) = (key.Split('/')[0], key.Split('/')[1]);
            AssertSame(report!, await leader.Read<JsonNode>($"/api/v1/brigades/zichuan/reports/monthly/{month}?version={version}"));
        }

        var viewer = await factory.SignIn("fixture-viewer", "fixture-pass-1");
        AssertSame(expected["me"]!, await viewer.Read<JsonNode>("/api/v1/me"));

        // What the old version kept as History lines reads in the audit trail now.
        var trail = (await leader.Read<JsonNode>("/api/v1/brigades/zichuan/audit?limit=200"))!["entries"]!.AsArray();
        Assert.Contains(trail, e => (string?)e!["kind"] == "ProgressReported" && (string?)e["actor"] == "fazhi");
        Assert.Contains(trail, e => (string?)e!["kind"] == "EntryReturned" && (string?)e["actorName"] == "王立侠");
        Assert.Contains(trail, e => (string?)e!["kind"] == "AccountChanged" && (string?)e["subject"] == "账号 fixture-viewer");
    }

    [Fact]
    public async Task UpgradedFolderTakesNewReportsKeepsItsKeysAndNoLongerHoldsTheOldRows()
    {
        var (dataPath, expected) = Unpack();
        var task = expected["tasks"]!.AsArray().Single(t => (string?)t!["code"] == "FZ-02")!;
        var before = task["progress"]!.Number("actual");
        await using (var first = new ApiFactory(dataPath))
        {
            var head = await first.SignIn("fazhi", OldPassword);
            var retried = await head.Report(new JsonObject { ["id"] = (string)task["id"]! }, new { value = 1, note = "固件：补充一次执法质量检查" }, "fixture-key-1");
            var fresh = await head.Report(new JsonObject { ["id"] = (string)task["id"]! }, new { value = 2, note = "升级后填报" }, "after-upgrade");

            Assert.True(retried.IsSuccessStatusCode);
            Assert.Equal(HttpStatusCode.Created, fresh.StatusCode);
        }

        await using var second = new ApiFactory(dataPath);
        var admin = await second.SignIn("zc-admin", OldPassword);
        var now = await admin.Read<JsonNode>($"/api/v1/tasks/{(string)task["id"]!}");

        Assert.Equal(before + 2, now["progress"]!.Number("actual"));
        Assert.Equal(0, await CountRows(dataPath, "SELECT COUNT(*) FROM grain_state WHERE state_name IN ('task', 'brigade', 'unit', 'leader')"));
        Assert.Equal(25, await CountRows(dataPath, "SELECT COUNT(*) FROM summaries WHERE scope = 'zichuan'"));
        // The report schedule's reminder moved from Orleans' default service id to ours, so it keeps firing.
        Assert.Equal(0, await CountRows(dataPath, "SELECT COUNT(*) FROM reminders WHERE service_id <> 'responsibility'"));
        Assert.Equal(1, await CountRows(dataPath, "SELECT COUNT(*) FROM reminders WHERE grain_id = 'reportschedule/zichuan'"));
    }

    [Fact]
    public async Task UpgradedFolderReadsTheDefaultReportingCycleAndTakesInstructionsAndMeetings()
    {
        var (dataPath, _) = Unpack();
        await using var factory = new ApiFactory(dataPath);
        var leader = await factory.SignIn("dadui", OldPassword);

        var settings = (await leader.Read<JsonNode>("/api/v1/brigades/zichuan"))["settings"]!;
        var inbox = await (await factory.SignIn("fazhi", OldPassword)).GetAsync("/api/v1/me/inbox");
        var issued = await leader.PostAsJsonAsync("/api/v1/brigades/zichuan/units/fazhi/instructions", new { text = "升级后的第一条批示" });
        var meetings = await leader.GetAsync("/api/v1/brigades/zichuan/meetings");

        Assert.Equal(("Monthly", 25.0, 3.0), ((string?)settings["reportingCycle"], settings.Number("reportingDueDay"), settings.Number("graceDays")));
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        Assert.Equal("[]", await meetings.Content.ReadAsStringAsync());
    }

    /// <summary>The fixture in a fresh temp folder: the data folder and what the old version answered about it.</summary>
    private static (string DataPath, JsonNode Expected) Unpack()
    {
        var root = Path.Combine(Path.GetTempPath(), "responsibility-api-tests", Guid.NewGuid().ToString("N"));
        ZipFile.ExtractToDirectory(Path.Combine(AppContext.BaseDirectory, "Fixtures", "data-before-event-log.zip"), root);
        return (Path.Combine(root, "data"), JsonNode.Parse(File.ReadAllText(Path.Combine(root, "expected.json")))!);
    }

    /// <summary>Everything the old version answered is answered the same; fields added since are welcome.</summary>
    internal static void AssertSame(JsonNode expected, JsonNode? actual, string path = "$")
    {
        switch (expected)
        {
            case JsonObject fields:
                var got = Assert.IsType<JsonObject>(actual, exactMatch: false);
                foreach (var (name, value) in fields)
                {
                    Assert.True(got.ContainsKey(name), $"{path}.{name} is missing");
                    if (value is null)
                    {
                        Assert.Null(got[name]);
                    }
                    else
                    {
                        AssertSame(value, got[name], $"{path}.{name}");
                    }
                }

                break;
            case JsonArray items:
                var list = Assert.IsType<JsonArray>(actual, exactMatch: false);
                Assert.True(items.Count == list.Count, $"{path} has {list.Count} items, expected {items.Count}");
                for (var i = 0; i < items.Count; i++)
                {
                    AssertSame(items[i]!, list[i], $"{path}[{i}]");
                }

                break;
            case JsonValue value when value.TryGetValue<double>(out var number):
                Assert.True(Math.Abs(number - actual!.GetValue<double>()) < 1e-9, $"{path}: {actual} instead of {number}");
                break;
            default:
                Assert.True(expected.ToJsonString() == actual?.ToJsonString(), $"{path}: {actual?.ToJsonString()} instead of {expected.ToJsonString()}");
                break;
        }
    }

    private static async Task<long> CountRows(string dataPath, string sql)
    {
        await using var db = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataPath, "responsibility.db"), Pooling = false,
        }.ToString());
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
