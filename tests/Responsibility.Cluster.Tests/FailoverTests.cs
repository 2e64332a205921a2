namespace Responsibility.Cluster.Tests;

using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

/// <summary>
/// Two silos on PostgreSQL and Redis behind two apis: any api serves any user, and a silo killed during a stream of
/// reports loses no acknowledged one.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class FailoverTests(ClusterFixture cluster, ITestOutputHelper output)
{
    [Fact]
    public async Task ProgressThroughEitherApiLandsOnceAndBothApisReadTheSameRollup()
    {
        var first = await cluster.SignIn(0, "fazhi");
        var second = await cluster.SignIn(1, "fazhi");
        var task = (await second.GetFromJsonAsync<JsonArray>("/api/v1/brigades/zichuan/tasks?code=FZ-02"))!.Single()!;
        var path = $"/api/v1/tasks/{(string)task["id"]!}";
        var before = (await first.GetFromJsonAsync<JsonObject>(path))!["progress"]!["actual"]!.GetValue<double>();
        var key = "both-apis-" + Guid.NewGuid().ToString("N");

        var viaFirst = await Report(first, path, key);
        var retriedViaSecond = await Report(second, path, key);
        var viaSecond = await Report(second, path, "other-" + key);

        Assert.Equal(HttpStatusCode.Created, viaFirst.StatusCode);
        Assert.True(retriedViaSecond.IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.Created, viaSecond.StatusCode);
        Assert.Equal(before + 2, (await second.GetFromJsonAsync<JsonObject>(path))!["progress"]!["actual"]!.GetValue<double>());
        var rollups = await Task.WhenAll(first.GetStringAsync("/api/v1/brigades/zichuan/rollup"), second.GetStringAsync("/api/v1/brigades/zichuan/rollup"));
        Assert.Equal(rollups[0], rollups[1]);
    }

    [Fact]
    public async Task KilledSiloLosesNoAcknowledgedReportAndTheServiceAnswersAgainWithin30Seconds()
    {
        var clients = new[] { await cluster.SignIn(0, "fazhi"), await cluster.SignIn(1, "fazhi") };
        var tasks = (await clients[0].GetFromJsonAsync<JsonArray>("/api/v1/brigades/zichuan/tasks?unitId=fazhi"))!
            .Where(t => (string?)t!["metric"]!["kind"] == "Count").Select(t => (string)t!["id"]!).ToArray();
        var acknowledged = new List<(string Task, string Entry)>();
        var answers = new List<(TimeSpan At, bool Ok)>();
        var clock = Stopwatch.StartNew();
        TimeSpan? killedAt = null;

        for (var i = 0; clock.Elapsed < TimeSpan.FromSeconds(40); i++)
        {
            if (killedAt is null && clock.Elapsed > TimeSpan.FromSeconds(5))
            {
                cluster.Silos[0].Kill();
                killedAt = clock.Elapsed;
            }

            var task = tasks[i % tasks.Length];
            var key = $"stream-{Guid.NewGuid():N}";
            var ok = false;
            try
            {
                var response = await Report(clients[i % 2], $"/api/v1/tasks/{task}", key, value: 1);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    acknowledged.Add((task, (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["entry"]!["id"]!));
                    ok = true;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            answers.Add((clock.Elapsed, ok));
        }

        var stored = new HashSet<string>();
        foreach (var task in tasks)
        {
            // Entries come a page at a time; each page's Link header leads to the next.
            for (var page = $"/api/v1/tasks/{task}/progress?limit=500"; page is not null;)
            {
                var response = await clients[1].GetAsync(page);
                stored.UnionWith((await response.Content.ReadFromJsonAsync<JsonArray>())!.Select(e => (string)e!["id"]!));
                page = response.Headers.TryGetValues("Link", out var links) ? links.Single().Split('<', '>')[1] : null;
            }
        }

        var lastFailure = answers.Where(a => !a.Ok).Select(a => a.At).DefaultIfEmpty(killedAt!.Value).Max();
        var recovery = lastFailure - killedAt!.Value;
        output.WriteLine($"acknowledged {acknowledged.Count}, found {acknowledged.Count(a => stored.Contains(a.Entry))}, " +
                         $"failed {answers.Count(a => !a.Ok)}, answering again {recovery.TotalSeconds:0.0} s after the kill");
        Assert.All(acknowledged, a => Assert.Contains(a.Entry, stored));
        Assert.True(acknowledged.Count > 50, $"only {acknowledged.Count} reports acknowledged");
        Assert.True(recovery < TimeSpan.FromSeconds(30), $"the service answered again only {recovery.TotalSeconds:0.0} s after the kill");
        Assert.True(answers.TakeLast(20).All(a => a.Ok), "the last reports of the stream still failed");

        await cluster.StartSilo(0);
    }

    private static Task<HttpResponseMessage> Report(HttpClient client, string taskPath, string key, double value = 1)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, taskPath + "/progress")
        {
            Content = JsonContent.Create(new { value, note = "集群测试", confirmed = true }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }
}
