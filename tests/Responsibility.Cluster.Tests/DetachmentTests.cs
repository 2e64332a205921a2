namespace Responsibility.Cluster.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

/// <summary>
/// A 支队 over brigades whose grains are spread over both silos: when a silo dies, the detachment's dashboard still
/// shows each brigade exactly as its own rollup does, including the progress reported after the death.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DetachmentTests(ClusterFixture cluster, ITestOutputHelper output)
{
    private const string Password = "cluster-unit-head-2026";

    [Fact]
    public async Task DashboardEqualsTheBrigadesOwnRollupsAfterASiloDies()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var detachmentId = $"zd-{run}";
        var admin = await cluster.SignIn(0, "admin", ClusterFixture.AdminPassword);
        var reader = await cluster.SignIn(1, "admin", ClusterFixture.AdminPassword);
        var brigades = new List<(string Id, HttpClient Head, string[] Tasks)>();
        foreach (var b in new[] { "a", "b", "c" })
        {
            brigades.Add(await Brigade(admin, $"zd-{run}-{b}"));
        }

        await Put(admin, $"/api/v1/detachments/{detachmentId}", new { name = "集群测试支队", timeZone = "Asia/Shanghai" });
        foreach (var brigade in brigades)
        {
            await Put(admin, $"/api/v1/detachments/{detachmentId}/brigades/{brigade.Id}", null);
        }

        // Every task has some progress before the death; a day fixed on both sides, so midnight cannot split them.
        foreach (var (brigade, i) in brigades.Select((b, i) => (b, i)))
        {
            foreach (var task in brigade.Tasks.Take(1 + i))
            {
                await Report(brigade.Head, task, $"before-{task}");
            }
        }

        var asOf = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var before = await AssertDashboardEqualsRollups(reader, detachmentId, brigades.Select(b => b.Id).ToArray(), asOf);

        cluster.Silos[0].Kill();
        try
        {
            foreach (var brigade in brigades)
            {
                foreach (var task in brigade.Tasks)
                {
                    await Report(brigade.Head, task, $"after-{task}");
                }
            }

            var after = await AssertDashboardEqualsRollups(reader, detachmentId, brigades.Select(b => b.Id).ToArray(), asOf);

            foreach (var brigade in brigades)
            {
                Assert.True(Row(after, brigade.Id)["percent"]!.GetValue<double>() > Row(before, brigade.Id)["percent"]!.GetValue<double>(),
                    $"{brigade.Id}: the reports after the death are not on the dashboard");
            }
        }
        finally
        {
            await cluster.StartSilo(0);
        }
    }

    /// <summary>
    /// The detachment's rows, read through the api (retried while the cluster recovers from a death), each equal to
    /// that brigade's own rollup as of the same day; answers the rows.
    /// </summary>
    private async Task<JsonArray> AssertDashboardEqualsRollups(HttpClient client, string detachmentId, string[] brigadeIds, DateOnly asOf)
    {
        var rows = await Answered(() => DashboardRows(client, detachmentId, asOf));
        Assert.Equal(brigadeIds.Order(StringComparer.Ordinal), rows.Select(r => (string)r!["brigadeId"]!).Order(StringComparer.Ordinal));
        foreach (var id in brigadeIds)
        {
            var row = Row(rows, id);
            var rollup = await Answered(() => client.GetFromJsonAsync<JsonObject>($"/api/v1/brigades/{id}/rollup?asOf={asOf:yyyy-MM-dd}"));
            output.WriteLine($"{id}: dashboard {row["percent"]} of {row["taskCount"]} tasks, rollup {rollup!["percent"]} of {rollup["taskCount"]}");
            Assert.Equal(rollup["taskCount"]!.GetValue<int>(), row["taskCount"]!.GetValue<int>());
            Assert.Equal(rollup["percent"]!.GetValue<double>(), row["percent"]!.GetValue<double>(), 9);
            Assert.Equal(rollup["expected"]!.GetValue<double>(), row["expected"]!.GetValue<double>(), 9);
            Assert.True(JsonNode.DeepEquals(rollup["counts"], row["counts"]), $"{id}: counts {row["counts"]} on the dashboard, {rollup["counts"]} in its rollup");
        }

        return rows;
    }

    /// <summary>The dashboard's brigade rows (SPEC §6: <c>GET /api/v1/detachments/{d}/dashboard</c>).</summary>
    private static async Task<JsonArray> DashboardRows(HttpClient client, string detachmentId, DateOnly asOf) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/v1/detachments/{detachmentId}/dashboard?asOf={asOf:yyyy-MM-dd}"))!["brigades"]!.AsArray();

    private static JsonNode Row(JsonArray rows, string brigadeId) => rows.Single(r => (string)r!["brigadeId"]! == brigadeId)!;

    /// <summary>A brigade of one unit (and its 分管 leader) with four Count tasks (target 10) and the unit head signed in through the other api.</summary>
    private async Task<(string Id, HttpClient Head, string[] Tasks)> Brigade(HttpClient admin, string id)
    {
        await Put(admin, $"/api/v1/brigades/{id}", new { name = $"{id}大队", partyOrgName = $"中共{id}大队总支部委员会", detachmentName = "集群测试支队" });
        await Put(admin, $"/api/v1/brigades/{id}/units/fazhi", new { name = "法制室", kind = "科室" });
        await Put(admin, $"/api/v1/brigades/{id}/leaders/wang", new
        {
            name = "王立侠", post = "大队长", isFirstResponsible = true, unitIds = new[] { "fazhi" }, areas = new[] { "法治建设" },
        });
        await Put(admin, $"/api/v1/brigades/{id}/users/{id}-fazhi", new { displayName = "法制室", password = Password, role = "UnitHead", unitId = "fazhi" });
        var year = DateTime.UtcNow.AddHours(8).Year;
        var tasks = new List<string>();
        for (var i = 1; i <= 4; i++)
        {
            var created = await admin.PostAsJsonAsync($"/api/v1/brigades/{id}/tasks", new
            {
                year, code = $"ZD-{i:D2}", title = $"支队集群测试任务{i}", category = "执法监督", unitId = "fazhi", dutyLine = "Business",
                metric = new { kind = "Count", target = 10, unitLabel = "次" }, start = $"{year}-01-01", due = $"{year}-12-31",
            });
            created.EnsureSuccessStatusCode();
            tasks.Add((string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!);
        }

        return (id, await cluster.SignIn(1, $"{id}-fazhi", Password), [.. tasks]);
    }

    /// <summary>One report of 1, sent again with the same key until acknowledged (a dead silo's calls fail for a while).</summary>
    private static async Task Report(HttpClient head, string taskId, string key) => await Answered(async () =>
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tasks/{taskId}/progress")
        {
            Content = JsonContent.Create(new { value = 1, note = "支队集群测试", confirmed = true }),
        };
        request.Headers.Add("Idempotency-Key", key);
        var response = await head.SendAsync(request);
        if (response.StatusCode >= HttpStatusCode.InternalServerError)
        {
            throw new HttpRequestException($"report on {taskId} answered {(int)response.StatusCode}", null, response.StatusCode);
        }

        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"report on {taskId} answered {(int)response.StatusCode}");
        return response;
    });

    private static async Task Put(HttpClient admin, string path, object? body)
    {
        var response = body is null ? await admin.PutAsync(path, null) : await admin.PutAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"PUT {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The answer of <paramref name="call"/>, retried for up to 60 s while it fails with a 5xx or no answer.</summary>
    private static async Task<T> Answered<T>(Func<Task<T>> call)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                return await call();
            }
            catch (Exception e) when (DateTime.UtcNow < deadline
                                      && e is HttpRequestException { StatusCode: null or >= HttpStatusCode.InternalServerError } or TaskCanceledException)
            {
                await Task.Delay(500);
            }
        }
    }
}
