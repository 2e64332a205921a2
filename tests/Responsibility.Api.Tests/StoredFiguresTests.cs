namespace Responsibility.Api.Tests;

using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

/// <summary>
/// Data written by an older version may hold figures today's rules refuse (two reports of 1.7e308 on a Count task).
/// Reading it must never answer 500: every figure leaves the grains finite.
/// </summary>
public sealed class StoredFiguresTests
{
    [Fact]
    public async Task OverflowingEntriesStoredByAnOlderVersionStillReadAndReport()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "responsibility-api-tests", Guid.NewGuid().ToString("N"));
        var lastMonth = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddMonths(-1);
        ApiBrigade brigade;
        string taskId;
        await using (var before = new ApiFactory(dataPath))
        {
            brigade = await new ApiBrigade(before).Create();
            taskId = (await brigade.AddCountTask("FZ-02", "fazhi", "Accountability", 12, indicatorCode: "checks", year: lastMonth.Year)).Id();
        }

        await AppendEntries(dataPath, taskId, new DateOnly(lastMonth.Year, lastMonth.Month, 1), 1.7e308, 1.7e308);

        await using var after = new ApiFactory(dataPath);
        var admin = await after.SignInAsAdmin();
        var month = lastMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var task = await admin.GetAsync($"/api/v1/tasks/{taskId}");
        var list = await admin.GetAsync($"/api/v1/brigades/{brigade.Id}/tasks?year={lastMonth.Year}");
        var rollup = await admin.GetAsync($"/api/v1/brigades/{brigade.Id}/rollup?year={lastMonth.Year}");
        var generated = await admin.PostAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{month}/generate", null);
        var docx = await admin.GetAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{month}?format=docx");

        Assert.Equal(HttpStatusCode.OK, task.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rollup.StatusCode);
        Assert.Equal(HttpStatusCode.Created, generated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        var progress = (await task.Body())["progress"]!;
        Assert.True(double.IsFinite(progress.Number("actual")));
        Assert.Equal(1, progress.Number("percent"));
        var indicator = (await rollup.Body())["indicators"]!.AsArray().Single()!;
        Assert.True(double.IsFinite(indicator.Number("actual")));
    }

    /// <summary>Writes entries into the task's stored row as an older version, which checked nothing, would have.</summary>
    private static async Task AppendEntries(string dataPath, string taskId, DateOnly occurredOn, params double[] values)
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataPath, "responsibility.db"), Pooling = false };
        await using var db = new SqliteConnection(connection.ToString());
        await db.OpenAsync();
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
