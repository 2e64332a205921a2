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

    /// <summary>The silos and apis started are the dlls of the build this bench was made by (Release for figures).</summary>
    private static string BuildConfiguration() =>
        typeof(ClusterRun).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
}
