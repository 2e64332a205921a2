namespace Responsibility.Bench;

using System.Diagnostics;
using System.Reflection;
using Responsibility.TestSupport;

/// <summary>
/// The throughput figures of the embedded run, measured on a cluster as docs/deployment.md runs one on one machine: a
/// throw-away PostgreSQL (fsync on) and Redis, two silo processes and two api processes (Orleans clients) from the
/// built dlls, all on 127.0.0.1; the clients split evenly between the apis. Everything is seeded over HTTP: no grain is
/// in this process.
/// </summary>
public sealed class ClusterRun(BenchOptions options, Results results)
{
    public async Task Run()
    {
        await using var cluster = new LocalCluster(new LocalClusterOptions
        {
            Name = "bench", AdminPassword = BenchHost.AdminPassword, DurablePostgres = true, Configuration = BuildConfiguration(),
            ApiSettings = new Dictionary<string, string> { ["Progress__ReportsPerMinute"] = BenchHost.ReportsPerMinute },
        });
        var clock = Stopwatch.StartNew();
        Results.Progress("starting PostgreSQL and Redis, 2 silos, 2 apis");
        await cluster.StartAsync();
        Results.Progress($"cluster ready after {clock.Elapsed.TotalSeconds:0.0} s");
        var apis = cluster.Apis.Select(a => new Api(new Uri(a.Url))).ToArray();
        try
        {
            using var postgres = new PostgresProbes(cluster.Postgres);
            results.Setup += $"; PostgreSQL {postgres.ServerVersion}";
            var brigade = new MainBrigade(apis[0], grains: null, "bench", options.Units);
            await brigade.Organise();
            await WarmUp(apis);
            await brigade.CreateTasks(options.Tasks, options.Clients);
            await brigade.SeedHistory(0);
            Results.Progress($"seeded {brigade.Tasks.Count:N0} tasks with their history");
            var commits = options.Smoke ? 20 : 200;
            var (durable, notWaiting) = postgres.CommitMilliseconds(commits);
            results.Add("fsync_ms", $"One-row PostgreSQL commit over loopback, synchronous_commit=on (waits for the WAL's fsync), p50 of {commits}",
                durable, "ms");
            results.Add("commit_nowait_ms", "The same with synchronous_commit=off (round trips and the server's work, no fsync wait), alternating",
                notWaiting, "ms");
            var cpu = new ProcessTreeCpu(new Dictionary<string, int[]>
            {
                ["load"] = [Environment.ProcessId],
                ["apis"] = cluster.Apis.Select(a => a.ProcessId).ToArray(),
                ["silos"] = cluster.Silos.Select(s => s.ProcessId).ToArray(),
                ["PostgreSQL"] = [cluster.PostgresServer.ProcessId],
                ["Redis"] = [cluster.Redis.ProcessId],
            });
            var probes = new ThroughputProbes(
                postgres.WriteTransactions,
                "Reports per PostgreSQL write transaction (the silos' group commits) while reporting",
                "Time per write transaction while reporting (1 ÷ transactions/s)",
                cpu.Read,
                "all processes: load, apis, silos, PostgreSQL, Redis");
            await new Throughput(apis, brigade, options, results, probes).Run();
            if (options.DetachmentBrigades > 0)
            {
                await DetachmentBurst(apis, cpu);
            }
        }
        finally
        {
            foreach (var api in apis)
            {
                api.Dispose();
            }
        }
    }

    /// <summary>A brigade of its own whose tasks are created, reported on through both apis and read, before any figure.</summary>
    private async Task WarmUp(Api[] apis)
    {
        var warm = new MainBrigade(apis[0], grains: null, "warmup", 2);
        await warm.Organise();
        await warm.CreateTasks(options.Small, options.Clients);
        await warm.SeedHistory(0);
        var reports = warm.Tasks.SelectMany(t => apis.Select(api => (Task: t, Api: api))).ToArray();
        await Load.ForItems(options.Clients, reports, r => warm.Report(r.Task, via: r.Api));
        foreach (var api in apis)
        {
            for (var i = 0; i < 100; i++)
            {
                await api.Get($"/api/v1/brigades/{warm.Id}/rollup", warm.LeaderToken);
                await api.Get("/api/v1/me", warm.LeaderToken);
            }
        }

        Results.Progress("warmed up");
    }

    /// <summary>
    /// The month-end burst over a detachment's brigades, as the embedded run sends it: each brigade organised and its
    /// tasks created over HTTP, attached to a detachment through its routes, then every task reported once by its unit
    /// head, alternately through either api. The silos' clock cannot be moved: the burst happens today, which costs a
    /// report the same as on the month's last day.
    /// </summary>
    private async Task DetachmentBurst(Api[] apis, ProcessTreeCpu cpu)
    {
        var brigades = DetachmentRun.BrigadeIds(options.DetachmentBrigades).Select(id => new MainBrigade(apis[0], grains: null, id, options.DetachmentUnits)).ToArray();
        foreach (var brigade in brigades)
        {
            await brigade.Organise();
            await brigade.CreateTasks(options.DetachmentTasks, options.Clients);
        }

        var attached = await Attach(apis[0], brigades);
        results.Setup += attached
            ? $"; detachment of {brigades.Length} × {options.DetachmentTasks:N0} tasks"
            : $"; {brigades.Length} brigades × {options.DetachmentTasks:N0} tasks not attached to a detachment (this build has no detachment routes)";
        Results.Progress($"detachment seeded: {brigades.Length} brigades × {options.DetachmentTasks:N0} tasks{(attached ? "" : ", not attached")}");

        var reports = brigades.SelectMany(b => b.Tasks.Select(t => (Brigade: b, Task: t))).OrderBy(r => r.Task.Id, StringComparer.Ordinal).ToArray();
        new Random(42).Shuffle(reports);
        var items = reports.Select((r, i) => (r.Brigade, r.Task, Api: apis[i % apis.Length])).ToArray();
        var tally = new CpuTally();
        var before = cpu.Read();
        using var stop = new CancellationTokenSource();
        var system = attached ? await apis[^1].SignIn("admin", BenchHost.AdminPassword) : null;
        var watched = system is null ? null
            : Load.Poll(DetachmentRun.BurstPoll, () => apis[^1].Get($"/api/v1/detachments/{DetachmentRun.Many}/dashboard", system), stop.Token);
        var burst = await Load.ForItems(options.Clients, items, r => r.Brigade.Report(r.Task, "月末填报：本月按计划推进。", r.Api));
        await stop.CancelAsync();
        var reads = watched is null ? null : await watched;
        tally.Add(before, cpu.Read());
        var scale = $"{brigades.Length} brigades × {options.DetachmentTasks:N0} tasks";
        results.Add("detachment_burst_wall_s", $"Detachment month-end burst: {items.Length:N0} reports ({scale}), {options.Clients} clients, wall time",
            burst.Window.TotalSeconds, "s");
        results.Add("detachment_burst_rps", "Detachment month-end burst: reports/s", burst.PerSecond, "req/s");
        results.Add("detachment_burst_p99_ms", "Detachment month-end burst: latency p99", burst.Latency.P99, "ms");
        tally.Report(results, "detachment_burst_cpu_us", "Detachment month-end burst: CPU per report (all processes: load, apis, silos, PostgreSQL, Redis)",
            items.Length);
        if (reads is not null)
        {
            DetachmentRun.AddWatched(results, reads);
        }
    }

    /// <summary>
    /// Creates the detachment and attaches the brigades as the system Admin (SPEC §6); false, changing nothing, when
    /// this build answers the detachment's route with 404 or 405 (before the detachment's routes were merged).
    /// </summary>
    private static async Task<bool> Attach(Api api, MainBrigade[] brigades)
    {
        var system = await api.SignIn("admin", BenchHost.AdminPassword);
        var created = await api.Status(HttpMethod.Put, $"/api/v1/detachments/{DetachmentRun.Many}", system, new { name = "基准交警支队", timeZone = "Asia/Shanghai" });
        if (created is System.Net.HttpStatusCode.NotFound or System.Net.HttpStatusCode.MethodNotAllowed)
        {
            return false;
        }

        Succeeded(created, "Creating the detachment");
        foreach (var brigade in brigades)
        {
            Succeeded(await api.Status(HttpMethod.Put, $"/api/v1/detachments/{DetachmentRun.Many}/brigades/{brigade.Id}", system), $"Attaching {brigade.Id}");
        }

        return true;
    }

    private static void Succeeded(System.Net.HttpStatusCode status, string what)
    {
        if ((int)status is < 200 or > 299)
        {
            throw new InvalidOperationException($"{what} answered {(int)status}.");
        }
    }

    /// <summary>The silos and apis started are the dlls of the build this bench was made by (Release for figures).</summary>
    private static string BuildConfiguration() =>
        typeof(ClusterRun).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
}
