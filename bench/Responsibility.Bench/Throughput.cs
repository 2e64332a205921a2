namespace Responsibility.Bench;

/// <summary>
/// The machine's ceiling for this api (<c>GET /api/v1/me</c>: authentication and one grain call) and, with as many
/// clients, durable progress reports on random tasks: each is answered 201 only after its batch's commit (fsync).
/// The two alternate in short rounds, so a slower minute of the machine slows both; figures are the rounds' medians.
/// Client <c>c</c> sends to api <c>c mod</c> the number of apis (a cluster's clients split evenly).
/// </summary>
public sealed class Throughput(IReadOnlyList<Api> apis, MainBrigade brigade, BenchOptions options, Results results, ThroughputProbes probes)
{
    public async Task Run()
    {
        var rounds = Math.Max(1, (int)Math.Round(options.Seconds / 2));
        var window = TimeSpan.FromSeconds(options.Seconds / rounds);
        var me = new List<LoadResult>();
        var reports = new List<LoadResult>();
        var tasks = brigade.Tasks;
        var (sent, committed, writing) = (0L, 0L, TimeSpan.Zero);
        var (meCpu, reportCpu) = (new CpuTally(), new CpuTally());
        var meSent = 0L;
        for (var round = 0; round < rounds; round++)
        {
            // The first round warms both paths up; later ones only refill the clients' pipeline.
            var warmup = TimeSpan.FromSeconds(round == 0 ? options.WarmupSeconds : Math.Min(0.5, options.WarmupSeconds));
            var cpu = probes.Cpu();
            me.Add(await Load.ForDuration(options.Clients, warmup, window, (client, random) =>
            {
                Interlocked.Increment(ref meSent);
                return apis[client % apis.Count].SendJson(HttpMethod.Get, "/api/v1/me", brigade.UnitTokens[random.Next(brigade.UnitTokens.Length)], null);
            }));
            var between = probes.Cpu();
            meCpu.Add(cpu, between);
            var before = probes.Commits();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            reports.Add(await Load.ForDuration(options.Clients, warmup, window, (client, random) =>
            {
                Interlocked.Increment(ref sent);
                return brigade.Report(tasks[random.Next(tasks.Count)], via: apis[client % apis.Count]);
            }));
            committed += probes.Commits() - before;
            writing += clock.Elapsed;
            reportCpu.Add(between, probes.Cpu());
        }

        var ceiling = Median(me.Select(r => r.PerSecond));
        var rate = Median(reports.Select(r => r.PerSecond));
        var latency = Percentiles.Merge(reports.Select(r => r.Latency));
        results.Add("ceiling_rps", $"Ceiling: GET /api/v1/me, {options.Clients} clients (median of {rounds} rounds)", ceiling, "req/s");
        results.Add("progress_rps", $"Progress reports (durable, acknowledged), {options.Clients} clients, random tasks of {tasks.Count:N0}",
            rate, "req/s");
        results.Add("progress_p50_ms", "Progress report latency p50 under that load", latency.P50, "ms");
        results.Add("progress_p99_ms", "Progress report latency p99 under that load", latency.P99, "ms");
        var share = 100 * Median(me.Zip(reports, (m, r) => r.PerSecond / m.PerSecond));
        results.Add("progress_batch", probes.BatchName, (double)sent / committed, "appends");
        results.Add("progress_commit_ms", probes.CycleName, writing.TotalMilliseconds / committed, "ms");
        // Client and server together: this is what one request costs the machine, both ends; then each part's share.
        meCpu.Report(results, "me_cpu_us", $"CPU per GET /api/v1/me ({probes.CpuWords})", meSent);
        reportCpu.Report(results, "progress_cpu_us", $"CPU per progress report ({probes.CpuWords})", sent);
        results.Add("progress_share_of_ceiling", "Progress reports/s ÷ ceiling (median of the rounds' ratios)", share, "%", "≥ 25 %", share >= 25);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
