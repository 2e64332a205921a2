namespace Responsibility.Bench;

/// <summary>
/// The machine's ceiling for this api (<c>GET /api/v1/me</c>: authentication and one grain call) and, with as many
/// clients, durable progress reports on random tasks: each is answered 201 only after its batch's commit (fsync).
/// The two alternate in short rounds, so a slower minute of the machine slows both; figures are the rounds' medians.
/// </summary>
public sealed class Throughput(Api api, MainBrigade brigade, BenchOptions options, Results results, Func<long> commits)
{
    public async Task Run()
    {
        var rounds = Math.Max(1, (int)Math.Round(options.Seconds / 2));
        var window = TimeSpan.FromSeconds(options.Seconds / rounds);
        var me = new List<LoadResult>();
        var reports = new List<LoadResult>();
        var tasks = brigade.Tasks;
        var (sent, committed, writing) = (0L, 0L, TimeSpan.Zero);
        var (meCpu, reportCpu) = (TimeSpan.Zero, TimeSpan.Zero);
        var meSent = 0L;
        for (var round = 0; round < rounds; round++)
        {
            // The first round warms both paths up; later ones only refill the clients' pipeline.
            var warmup = TimeSpan.FromSeconds(round == 0 ? options.WarmupSeconds : Math.Min(0.5, options.WarmupSeconds));
            var cpu = Cpu();
            me.Add(await Load.ForDuration(options.Clients, warmup, window, random =>
            {
                Interlocked.Increment(ref meSent);
                return api.SendJson(HttpMethod.Get, "/api/v1/me", brigade.UnitTokens[random.Next(brigade.UnitTokens.Length)], null);
            }));
            meCpu += Cpu() - cpu;
            cpu = Cpu();
            var before = commits();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            reports.Add(await Load.ForDuration(options.Clients, warmup, window, random =>
            {
                Interlocked.Increment(ref sent);
                return brigade.Report(tasks[random.Next(tasks.Count)]);
            }));
            committed += commits() - before;
            writing += clock.Elapsed;
            reportCpu += Cpu() - cpu;
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
        results.Add("progress_batch", "Appends per commit (one fsync each) while reporting", (double)sent / committed, "appends");
        results.Add("progress_commit_ms", "Time per commit while reporting (1 ÷ commits/s)", writing.TotalMilliseconds / committed, "ms");
        // Client and server share the process: this is what one request costs the machine, both ends together.
        results.Add("me_cpu_us", "CPU per GET /api/v1/me (client and server, this process)", meCpu.TotalMicroseconds / meSent, "µs");
        results.Add("progress_cpu_us", "CPU per progress report (client and server, this process)", reportCpu.TotalMicroseconds / sent, "µs");
        results.Add("progress_share_of_ceiling", "Progress reports/s ÷ ceiling (median of the rounds' ratios)", share, "%", "≥ 25 %", share >= 25);
    }

    private static TimeSpan Cpu() => System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
