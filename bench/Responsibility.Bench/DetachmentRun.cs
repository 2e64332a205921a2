namespace Responsibility.Bench;

using System.Diagnostics;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Detachments;

/// <summary>
/// A 支队 on one system (issue 20): a detachment of <see cref="BenchOptions.DetachmentBrigades"/> brigades and one of a
/// single brigade, every brigade of the same size with its history, seeded through the grains and attached as the
/// system Admin attaches them. The detachments' dashboards (<see cref="IDetachmentGrain.GetDashboard"/>, the call the
/// api makes) are read alternately — unchanged since the last read, right after a report somewhere in the detachment,
/// and as of the end of last month — then, at 21:00 on the month's last day, every unit head of every brigade reports
/// every task once over HTTP (the month-end burst), and the dashboard is checked against the brigades' own rollups.
/// </summary>
public sealed class DetachmentRun(string dataPath, BenchOptions options, Results results)
{
    public const string Many = "bench-zd";
    public const string One = "bench-zd-one";

    private const string Actor = "bench";

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>The ids of the detachment's brigades (and of the brigades the cluster run organises over HTTP).</summary>
    public static string[] BrigadeIds(int count) => Enumerable.Range(1, count).Select(b => $"zd{b:D2}").ToArray();

    public async Task Run()
    {
        var clock = new ShiftedClock();
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Zone).DateTime;
        var nextMonth = new DateTime(now.Year, now.Month, 1).AddMonths(1);
        clock.Set(nextMonth.AddHours(-3), Zone);
        var today = DateOnly.FromDateTime(nextMonth.AddDays(-1));

        await using var host = BenchHost.Start(dataPath, clock);
        using var api = new Api(host.BaseAddress);
        var seeder = new BrigadeSeeder(host, today.Year);
        var ids = BrigadeIds(options.DetachmentBrigades);
        var seeded = await Task.WhenAll(
            seeder.Seed(ids, options.DetachmentUnits, options.DetachmentTasks),
            seeder.Seed(["zd-one"], options.DetachmentUnits, options.DetachmentTasks));
        var (many, one) = (seeded[0], seeded[1]);
        await seeder.SeedHistory([.. many, .. one], today);
        var detachment = await Detachment(host.Grains, Many, "基准交警支队", ids);
        var single = await Detachment(host.Grains, One, "基准交警支队（单大队）", ["zd-one"]);
        Results.Progress($"detachment seeded: {ids.Length} brigades × {options.DetachmentTasks:N0} tasks with their history, and 1 × {options.DetachmentTasks:N0}");

        var scale = $"{ids.Length} brigades × {options.DetachmentTasks:N0} tasks";
        var (warmup, samples) = (Math.Max(5, options.Samples / 5), options.Samples);
        var (quietMany, quietOne) = await Alternate(detachment, single, null, warmup, samples, before: null);
        Add("detachment_dashboard", $"Detachment dashboard read p50 (IDetachmentGrain.GetDashboard, today), {scale}, no change since the last read",
            "1 brigade", quietMany, quietOne, "≤ 1.5");
        var random = new Random(7);
        var (changedMany, changedOne) = await Alternate(detachment, single, null, warmup, samples, before: d => Report(api, d == detachment ? many : one, random));
        Add("detachment_dashboard_changed", $"Detachment dashboard read p50, {scale}, each read after a report in one of its brigades",
            "1 brigade", changedMany, changedOne, null);
        var endOfLastMonth = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        // The first read as of a past day has every brigade replay its tasks from the log, as a report does; the rows are
        // then kept (ten minutes, or until a brigade changes): as many reads again as the report figures take.
        var (pastFirstMany, pastFirstOne) = (await Timed(detachment, endOfLastMonth), await Timed(single, endOfLastMonth));
        Add("detachment_dashboard_past_first", $"Detachment dashboard first read as of {endOfLastMonth:yyyy-MM-dd} (asOf: each brigade replays its tasks), {scale}",
            "1 brigade", pastFirstMany, pastFirstOne, null);
        var (pastMany, pastOne) = await Alternate(detachment, single, endOfLastMonth, 0, options.ReportRuns, before: null);
        Add("detachment_dashboard_past", $"Detachment dashboard read median of {options.ReportRuns} as of {endOfLastMonth:yyyy-MM-dd} after the first (rows kept), {scale}",
            "1 brigade", pastMany, pastOne, null);

        await Burst(api, many, scale, detachment);
        var first = Stopwatch.GetTimestamp();
        var dashboard = await detachment.GetDashboard(null, null);
        results.Add("detachment_dashboard_after_burst_ms", "Detachment dashboard: first read after the burst (every task of every brigade changed)",
            Stopwatch.GetElapsedTime(first).TotalMilliseconds, "ms");
        await Check(host.Grains, dashboard, ids, today);
    }

    private static async Task<IDetachmentGrain> Detachment(IGrainFactory grains, string id, string name, IEnumerable<string> brigades)
    {
        var detachment = grains.GetGrain<IDetachmentGrain>(id);
        await detachment.Configure(new DetachmentSettings(name, "Asia/Shanghai"), Actor);
        foreach (var brigade in brigades)
        {
            await detachment.Attach(brigade, Actor);
        }

        return detachment;
    }

    /// <summary>
    /// Reads both detachments' dashboards in turn, <paramref name="warmup"/> untimed then <paramref name="samples"/> timed,
    /// each read after an untimed <paramref name="before"/>; the p50 of each.
    /// </summary>
    private async Task<(double Many, double One)> Alternate(
        IDetachmentGrain many, IDetachmentGrain one, DateOnly? asOf, int warmup, int samples, Func<IDetachmentGrain, Task>? before)
    {
        var times = new Dictionary<IDetachmentGrain, List<long>> { [many] = [], [one] = [] };
        for (var i = 0; i < warmup + samples; i++)
        {
            foreach (var detachment in i % 2 == 0 ? new[] { many, one } : [one, many])
            {
                if (before is not null)
                {
                    await before(detachment);
                }

                var sent = Stopwatch.GetTimestamp();
                var dashboard = await detachment.GetDashboard(null, asOf);
                if (i >= warmup)
                {
                    times[detachment].Add(Stopwatch.GetTimestamp() - sent);
                }

                if (i == 0 && dashboard.Brigades.Length != (detachment == many ? options.DetachmentBrigades : 1))
                {
                    throw new InvalidOperationException($"The dashboard of {dashboard.DetachmentId} has {dashboard.Brigades.Length} brigades.");
                }
            }
        }

        return (new Percentiles(times[many]).P50, new Percentiles(times[one]).P50);
    }

    private static async Task<double> Timed(IDetachmentGrain detachment, DateOnly asOf)
    {
        var sent = Stopwatch.GetTimestamp();
        await detachment.GetDashboard(null, asOf);
        return Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
    }

    private void Add(string key, string name, string other, double many, double one, string? target)
    {
        results.Add($"{key}_ms", name, many, "ms");
        results.Add($"{key}_one_ms", $"… the same, a detachment of {other} × {options.DetachmentTasks:N0} tasks", one, "ms");
        var ratio = many / one;
        results.Add($"{key}_ratio", $"… ratio {options.DetachmentBrigades} brigades vs 1", ratio, "ratio", target, target is null ? null : ratio <= 1.5);
    }

    private static Task Report(Api api, List<SeededTask> tasks, Random random)
    {
        var task = tasks[random.Next(tasks.Count)];
        return api.SendJson(HttpMethod.Post, $"/api/v1/tasks/{task.TaskId}/progress", task.Token, task.Body, Guid.NewGuid().ToString("N"));
    }

    /// <summary>
    /// Every task of every brigade of the detachment reported once by its unit head, in random order, while the
    /// detachment's dashboard is read every <see cref="BurstPoll"/> (someone at the 支队 watching it): each read asks
    /// again the brigades that changed since the last, which then tell of their next change.
    /// </summary>
    private async Task Burst(Api api, List<SeededTask> tasks, string scale, IDetachmentGrain detachment)
    {
        var shuffled = tasks.OrderBy(t => t.TaskId, StringComparer.Ordinal).ToList();
        new Random(42).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        using var stop = new CancellationTokenSource();
        var watched = Load.Poll(BurstPoll, () => detachment.GetDashboard(null, null), stop.Token);
        var burst = await Load.ForItems(options.Clients, shuffled, t =>
            api.SendJson(HttpMethod.Post, $"/api/v1/tasks/{t.TaskId}/progress", t.Token, t.Body, Guid.NewGuid().ToString("N")));
        await stop.CancelAsync();
        var reads = await watched;
        var spent = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        results.Add("detachment_burst_wall_s", $"Detachment month-end burst: {shuffled.Count:N0} reports ({scale}), {options.Clients} clients, wall time",
            burst.Window.TotalSeconds, "s");
        results.Add("detachment_burst_rps", "Detachment month-end burst: reports/s", burst.PerSecond, "req/s");
        results.Add("detachment_burst_p99_ms", "Detachment month-end burst: latency p99", burst.Latency.P99, "ms");
        results.Add("detachment_burst_cpu_us", "Detachment month-end burst: CPU per report (client and server, this process)",
            spent.TotalMicroseconds / shuffled.Count, "µs");
        AddWatched(results, reads);
    }

    /// <summary>How often the dashboard is read during a burst.</summary>
    public static readonly TimeSpan BurstPoll = TimeSpan.FromMilliseconds(500);

    /// <summary>The dashboard reads made during a burst: how many, p50 and the slowest.</summary>
    public static void AddWatched(Results results, Percentiles reads)
    {
        results.Add("detachment_burst_dashboard_reads", $"Detachment dashboard read every {BurstPoll.TotalSeconds:0.#} s during the burst: reads", reads.Count, "reads");
        results.Add("detachment_burst_dashboard_p50_ms", "… p50", reads.P50, "ms");
        results.Add("detachment_burst_dashboard_max_ms", "… slowest", reads.Max, "ms");
    }

    /// <summary>Each row of the dashboard is its brigade's own overall rollup as of the same day; every unit reported this month.</summary>
    private async Task Check(IGrainFactory grains, DetachmentDashboard dashboard, string[] ids, DateOnly today)
    {
        if (dashboard.AsOf != today || !dashboard.Brigades.Select(r => r.BrigadeId).Order(StringComparer.Ordinal).SequenceEqual(ids))
        {
            throw new InvalidOperationException($"The dashboard is as of {dashboard.AsOf} with brigades [{string.Join(", ", dashboard.Brigades.Select(r => r.BrigadeId))}].");
        }

        foreach (var row in dashboard.Brigades)
        {
            var own = (await grains.GetGrain<IBrigadeGrain>(row.BrigadeId).GetRollup(dashboard.Year, dashboard.AsOf)).Overall;
            if (row.TaskCount != options.DetachmentTasks || row.UnreportedUnits != 0 || row.TaskCount != own.TaskCount || row.Counts != own.Counts
                || Math.Abs(row.Percent - own.Percent) > 1e-9 || Math.Abs(row.Expected - own.Expected) > 1e-9)
            {
                throw new InvalidOperationException(
                    $"Brigade {row.BrigadeId} on the dashboard: {row.TaskCount} tasks, {row.Percent:0.###} %, {row.Counts}, {row.UnreportedUnits} units unreported; its rollup: {own.TaskCount}, {own.Percent:0.###} %, {own.Counts}.");
            }
        }
    }
}
