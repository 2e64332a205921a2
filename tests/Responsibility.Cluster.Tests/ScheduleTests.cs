namespace Responsibility.Cluster.Tests;

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Brigades;
using Responsibility.Grains.Journal;
using Responsibility.Grains.Tasks;
using Responsibility.Storage;
using Responsibility.Storage.Events;

/// <summary>A brigade's monthly schedule catches up once, and a silo dying does not make it report a month twice.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ScheduleTests(ClusterFixture cluster)
{
    [Fact]
    public async Task MonthlyReportsAreCaughtUpOnceAndStayOnceAfterASiloDies()
    {
        var since = DateTimeOffset.UtcNow.AddDays(-70);
        var brigadeId = "b-" + Guid.NewGuid().ToString("N")[..12];
        await WriteBrigadeConfiguredAt(brigadeId, since);
        var admin = await cluster.SignIn(0, "admin", ClusterFixture.AdminPassword);
        var expected = DueMonths(since);

        // Reading the brigade wakes it, and its schedule's reminder (in Redis) fires within a minute.
        (await admin.GetAsync($"/api/v1/brigades/{brigadeId}")).EnsureSuccessStatusCode();
        var first = await WaitForReports(admin, brigadeId, expected.Length, TimeSpan.FromSeconds(120));
        cluster.Silos[1].Kill();
        await Task.Delay(TimeSpan.FromSeconds(12));
        (await admin.GetAsync($"/api/v1/brigades/{brigadeId}")).EnsureSuccessStatusCode();
        await Task.Delay(TimeSpan.FromSeconds(45));
        var after = await admin.GetFromJsonAsync<JsonArray>($"/api/v1/brigades/{brigadeId}/reports/monthly");

        Assert.Equal(expected, Months(first));
        Assert.Equal(expected, Months(after!));
        Assert.All(after!, r => Assert.Equal(1, (int)r!["versions"]!));
        await cluster.StartSilo(1);
    }

    /// <summary>The brigade and one task of that year, written as if the brigade had been configured at <paramref name="since"/>.</summary>
    private async Task WriteBrigadeConfiguredAt(string brigadeId, DateTimeOffset since)
    {
        using var events = new SqlEventStore(PostgresDialect.Instance, cluster.Postgres);
        var year = since.Year;
        var task = new TaskDefinition(
            TaskIds.New(), brigadeId, year, "FZ-01", "开展执法质量检查", "执法监督", "fazhi", "wang", DutyLine.Accountability,
            new Metric(MetricKind.Count, 12, "次", RateDirection.HigherIsBetter, []), 1, new DateOnly(year, 1, 1),
            new DateOnly(year, 12, 31), null, null);
        BrigadeEvent[] organisation =
        [
            new BrigadeConfigured(null, new BrigadeSettings("测试大队", "测试大队总支部委员会", "测试支队", "Asia/Shanghai", null, StatusThresholds.Default)),
            new UnitDefined(null, new UnitDefinition("fazhi", "法制室", "科室", null)),
            new LeaderDefined(null, new LeaderDefinition("wang", "王立侠", "大队长", true, ["fazhi"], [])),
            new TaskIndexed(task.Id, year, task.Code, task.Title),
        ];
        await events.ImportAsync(
        [
            new StreamAppend(BrigadeEvent.Stream(brigadeId), brigadeId, 0,
                organisation.Select(e => BrigadeEvent.Codec.Encode(e with { Actor = "admin", At = since })).ToArray()),
            new StreamAppend(TaskEvent.Stream(task.Id), brigadeId, 0,
                [TaskEvent.Codec.Encode(new TaskDefined(task) { Actor = "admin", At = since })],
                Summary: new DerivedRow(1, EventCodec<TaskEvent>.Serialize(new TaskSnapshot(task, Measure.Empty, 1)))),
        ], []);
    }

    /// <summary>Months of the brigade's year from its first month whose report fell due (the 1st of the next month, 08:00 Shanghai).</summary>
    private static string[] DueMonths(DateTimeOffset since)
    {
        var shanghai = TimeSpan.FromHours(8);
        var first = new DateOnly(since.ToOffset(shanghai).Year, since.ToOffset(shanghai).Month, 1);
        return Enumerable.Range(0, 12)
            .Select(first.AddMonths)
            .Where(m => m.Year == first.Year && new DateTimeOffset(m.AddMonths(1).ToDateTime(new TimeOnly(8, 0)), shanghai) <= DateTimeOffset.UtcNow)
            .Select(m => $"{m.Year:D4}-{m.Month:D2}")
            .ToArray();
    }

    private static async Task<JsonArray> WaitForReports(HttpClient admin, string brigadeId, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var list = (await admin.GetFromJsonAsync<JsonArray>($"/api/v1/brigades/{brigadeId}/reports/monthly"))!;
            if (list.Count >= count || DateTime.UtcNow > deadline)
            {
                return list;
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }

    private static string[] Months(JsonArray reports) =>
        reports.Select(r => $"{(int)r!["year"]!:D4}-{(int)r["month"]!:D2}").Order(StringComparer.Ordinal).ToArray();
}
