namespace Responsibility.Bench;

using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

// An explicit entry point: top-level statements would declare a second global Program beside the api's.
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        var options = BenchOptions.Parse(args);
        var machine = Machine.Now();
        var results = new Results(options, machine);
        var folder = Path.Combine(Path.GetTempPath(), "responsibility-bench", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss"));
        var output = options.Output ?? Path.Combine(folder, "bench.json");
        try
        {
            if (options.Cluster)
            {
                await new ClusterRun(options, results).Run();
            }
            else
            {
                var (leaderToken, rollup) = await MainSystem(Path.Combine(folder, "main"), options, results);
                await new ColdStart(Path.Combine(folder, "main"), "bench", leaderToken, rollup, options, results).Run();
                if (options.ProvinceBrigades > 0)
                {
                    await new ProvinceRun(Path.Combine(folder, "province"), options, results).Run();
                }

                if (options.DetachmentBrigades > 0)
                {
                    await new DetachmentRun(Path.Combine(folder, "detachment"), options, results).Run();
                }
            }
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"The bench failed: {e}");
            return 1;
        }
        finally
        {
            if (!options.KeepData)
            {
                Delete(folder, keep: output);
            }
        }

        machine.LoadAtEnd = Machine.LoadAverage();
        results.Print(Console.Out);
        results.Write(output);
        Console.WriteLine();
        Console.WriteLine($"JSON: {output}");
        return 0;
    }

    /// <summary>
    /// The measured brigade on a fresh data folder, grown to the large size, and a brigade kept at the small size to
    /// compare it with.
    /// </summary>
    private static async Task<(string LeaderToken, JsonNode Rollup)> MainSystem(string dataPath, BenchOptions options, Results results)
    {
        await using var host = BenchHost.Start(dataPath);
        using var api = new Api(host.BaseAddress);
        var brigade = new MainBrigade(api, host.Grains, "bench", options.Units);
        var small = new MainBrigade(api, host.Grains, "bench-small", options.Units);
        await brigade.Organise();
        await small.Organise();
        await WarmUp(api, host, options);
        var scaling = new Scaling(api, small, brigade, options, results);

        await brigade.CreateTasks(options.Tasks, options.Clients);
        await brigade.SeedHistory(0);
        await new MonthlyReportRun(api, brigade, options, results).Run();
        await new AppraisalRun(api, brigade, options, results).Run();
        var commits = options.Smoke ? 20 : 200;
        results.Add("fsync_ms", $"One-row SQLite commit, WAL, synchronous=FULL (the disk's fsync), p50 of {commits}",
            DiskCeiling.CommitMilliseconds(Path.Combine(dataPath, "probe"), commits), "ms");
        var log = (Responsibility.Storage.Events.SqlEventStore)host.Services.GetRequiredService<Responsibility.Storage.Events.IEventStore>();
        await new Throughput([api], brigade, options, results, ThroughputProbes.Embedded(() => log.Commits)).Run();
        await new EntryLatency(brigade, options, results).Run();

        var seeded = brigade.Tasks.Count;
        await brigade.CreateTasks(options.Large - scaling.Last, options.Clients);
        await small.CreateTasks(options.Small - scaling.Last, options.Clients);
        await scaling.CreateLastTasks();
        await brigade.SeedHistory(seeded);
        await small.SeedHistory(0);
        await scaling.ReadRollups();

        await new GrainMemory(api, host.Grains, brigade, results).Run();
        return (brigade.LeaderToken, await api.Get($"/api/v1/brigades/{brigade.Id}/rollup", brigade.LeaderToken));
    }

    /// <summary>A brigade of its own that exercises every measured path once, so no figure pays for JIT compilation.</summary>
    private static async Task WarmUp(Api api, BenchHost host, BenchOptions options)
    {
        var warm = new MainBrigade(api, host.Grains, "warmup", 2);
        await warm.Organise();
        // Creations enough for every method on the path to reach optimised code before the first timed block.
        await warm.CreateTasks(options.Small, options.Clients);
        await warm.SeedHistory(0);
        await Load.ForItems(options.Clients, warm.Tasks.Concat(warm.Tasks).ToArray(), t => warm.Report(t));
        for (var i = 0; i < 100; i++)
        {
            await api.Get($"/api/v1/brigades/{warm.Id}/rollup", warm.LeaderToken);
            await api.Get("/api/v1/me", warm.LeaderToken);
        }

        // Tiered compilation finishes in the background: let it settle, or the first timed figures pay for it.
        var settled = System.Diagnostics.Stopwatch.StartNew();
        for (var compiled = -1L; !options.Smoke && compiled != System.Runtime.JitInfo.GetCompiledMethodCount() && settled.Elapsed.TotalSeconds < 20;)
        {
            compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            await Task.Delay(1000);
        }

        Results.Progress($"warmed up ({System.Runtime.JitInfo.GetCompiledMethodCount():N0} methods compiled)");
    }

    private static void Delete(string folder, string keep)
    {
        foreach (var data in new[] { "main", "province", "detachment" }.Select(d => Path.Combine(folder, d)).Where(Directory.Exists))
        {
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
                // A file still held a moment after shutdown; a temp folder left behind is harmless.
            }
        }

        if (!Path.GetFullPath(keep).StartsWith(Path.GetFullPath(folder), StringComparison.Ordinal) && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
