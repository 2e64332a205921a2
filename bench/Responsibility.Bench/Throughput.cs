namespace Responsibility.Bench;

/// <summary>
/// The machine's ceiling for this api (<c>GET /api/v1/me</c>: authentication and one grain call) and, with as many
/// clients, durable progress reports on random tasks: each is answered 201 only after its batch's commit (fsync).
/// </summary>
public sealed class Throughput(Api api, MainBrigade brigade, BenchOptions options, Results results)
{
    private TimeSpan Warmup => TimeSpan.FromSeconds(options.WarmupSeconds);

    private TimeSpan Window => TimeSpan.FromSeconds(options.Seconds);

    public async Task Run()
    {
        var me = await Load.ForDuration(options.Clients, Warmup, Window, random =>
            api.SendJson(HttpMethod.Get, "/api/v1/me", brigade.UnitTokens[random.Next(brigade.UnitTokens.Length)], null));
        results.Add("ceiling_rps", $"Ceiling: GET /api/v1/me, {options.Clients} clients", me.PerSecond, "req/s");

        var tasks = brigade.Tasks;
        var reports = await Load.ForDuration(options.Clients, Warmup, Window, random =>
            brigade.Report(tasks[random.Next(tasks.Count)]));
        results.Add("progress_rps", $"Progress reports (durable, acknowledged), {options.Clients} clients, random tasks of {tasks.Count:N0}",
            reports.PerSecond, "req/s");
        results.Add("progress_p50_ms", "Progress report latency p50 under that load", reports.Latency.P50, "ms");
        results.Add("progress_p99_ms", "Progress report latency p99 under that load", reports.Latency.P99, "ms");
        var share = 100 * reports.PerSecond / me.PerSecond;
        results.Add("progress_share_of_ceiling", "Progress reports/s ÷ ceiling", share, "%", "≥ 25 %", share >= 25);
    }
}
