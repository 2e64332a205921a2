namespace Responsibility.Api.Tests;

using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

/// <summary>
/// Data written by an older version may hold figures today's rules refuse (two reports of 1.7e308 on a Count task, in
/// the state rows of the version before the event log — Fixtures/README.md). Reading it must never answer 500:
/// every figure leaves the grains finite.
/// </summary>
public sealed class StoredFiguresTests
{
    [Fact]
    public async Task OverflowingEntriesStoredByAnOlderVersionStillReadAndReport()
    {
        var root = Path.Combine(Path.GetTempPath(), "responsibility-api-tests", Guid.NewGuid().ToString("N"));
        System.IO.Compression.ZipFile.ExtractToDirectory(Path.Combine(AppContext.BaseDirectory, "Fixtures", "data-before-event-log.zip"), root);
        var dataPath = Path.Combine(root, "data");
        var taskId = await TaskIdOf(dataPath, "FZ-02");
        await AppendEntries(dataPath, taskId, new DateOnly(2026, 10, 20), 1.7e308, 1.7e308);

        await using var after = new ApiFactory(dataPath);
        var admin = await after.SignIn("zc-admin", "demo12345");
        var task = await admin.GetAsync($"/api/v1/tasks/{taskId}");
        var list = await admin.GetAsync("/api/v1/brigades/zichuan/tasks?year=2026");
        var rollup = await admin.GetAsync("/api/v1/brigades/zichuan/rollup?year=2026");
        var pastRollup = await admin.GetAsync("/api/v1/brigades/zichuan/rollup?year=2026&asOf=2026-10-31");
        var generated = await admin.PostAsync("/api/v1/brigades/zichuan/reports/monthly/2026-10/generate", null);
        var docx = await admin.GetAsync("/api/v1/brigades/zichuan/reports/monthly/2026-10?format=docx");

        Assert.Equal(HttpStatusCode.OK, task.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rollup.StatusCode);
        Assert.Equal(HttpStatusCode.OK, pastRollup.StatusCode);
        Assert.Equal(HttpStatusCode.Created, generated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        var progress = (await task.Body())["progress"]!;
        Assert.True(double.IsFinite(progress.Number("actual")));
        Assert.Equal(1, progress.Number("percent"));
    }

    private static async Task<string> TaskIdOf(string dataPath, string code)
    {
        await using var db = Open(dataPath);
        await using var read = db.CreateCommand();
        read.CommandText = "SELECT grain_id FROM grain_state WHERE state_name = 'task' AND payload LIKE $code";
        read.Parameters.AddWithValue("$code", $"%\"code\":\"{code}\"%");
        var grainId = (string)(await read.ExecuteScalarAsync())!;
        return grainId[(grainId.IndexOf('/') + 1)..];
    }

    private static SqliteConnection Open(string dataPath)
    {
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataPath, "responsibility.db"), Pooling = false }.ToString());
        db.Open();
        return db;
    }

    /// <summary>Writes entries into the task's stored row as an older version, which checked nothing, would have.</summary>
    private static async Task AppendEntries(string dataPath, string taskId, DateOnly occurredOn, params double[] values)
    {
        await using var db = Open(dataPath);
        await using var read = db.CreateCommand();
        read.CommandText = "SELECT payload FROM grain_state WHERE state_name = 'task' AND grain_id LIKE $id";
        read.Parameters.AddWithValue("$id", "%" + taskId);
        var state = JsonNode.Parse((string)(await read.ExecuteScalarAsync())!)!.AsObject();
        var entries = state["entries"]!.AsArray();
        foreach (var value in values)
        {
            entries.Add(new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString("N"),
                ["value"] = value,
                ["occurredOn"] = occurredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["recordedAt"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                ["reportedBy"] = "legacy",
                ["note"] = "旧版本写入",
            });
        }

        await using var write = db.CreateCommand();
        write.CommandText = "UPDATE grain_state SET payload = $payload WHERE state_name = 'task' AND grain_id LIKE $id";
        write.Parameters.AddWithValue("$payload", state.ToJsonString());
        write.Parameters.AddWithValue("$id", "%" + taskId);
        Assert.Equal(1, await write.ExecuteNonQueryAsync());
    }
}
