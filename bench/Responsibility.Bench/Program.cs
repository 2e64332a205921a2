namespace Responsibility.Bench;

using System.Text.Json.Nodes;

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
            var (leaderToken, rollup) = await MainSystem(Path.Combine(folder, "main"), options, results);
            await new ColdStart(Path.Combine(folder, "main"), "bench", leaderToken, rollup, options, results).Run();
            if (options.ProvinceBrigades > 0)
            {
                await new ProvinceRun(Path.Combine(folder, "province"), options, results).Run();
            }
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"The bench failed: {e}");
            return 1;
        }
        finally
        {
            Delete(folder, keep: output);
        }

        machine.LoadAtEnd = Machine.LoadAverage();
        results.Print(Console.Out);
        results.Write(output);
        Console.WriteLine();
        Console.WriteLine($"JSON: {output}");
        return 0;
    }

    /// <summary>The measured brigade on a fresh data folder, grown from the small size to the large one.</summary>
    private static async Task<(string LeaderToken, JsonNode Rollup)> MainSystem(string dataPath, BenchOptions options, Results results)
    {
        await using var host = BenchHost.Start(dataPath);
        using var api = new Api(host.BaseAddress);
        var brigade = new MainBrigade(api, host.Grains, "bench", options.Units);
        await brigade.Organise();
        await WarmUp(api, host, options);
        var rollups = new RollupReads(api, brigade, options, results);

        await Create(brigade, options.Small, options, results);
        await brigade.SeedHistory(0);
        await rollups.Run(options.Small);

        await Create(brigade, options.Tasks, options, results, figure: false);
        await brigade.SeedHistory(options.Small);
        await new MonthlyReportRun(api, brigade, options, results).Run();
        await new Throughput(api, brigade, options, results).Run();
        await new EntryLatency(brigade, options, results).Run();

        var seeded = brigade.Tasks.Count;
        await Create(brigade, options.Large, options, results);
        await brigade.SeedHistory(seeded);
        await rollups.Run(options.Large);
        var small = results[$"rollup_p50_ms_{options.Small}"];
        var ratio = results[$"rollup_p50_ms_{options.Large}"] / small;
        results.Add("rollup_ratio", $"Rollup read ratio {options.Large:N0} vs {options.Small:N0} tasks (after a report)", ratio, "ratio", "≤ 1.2", ratio <= 1.2);
        var quietRatio = results[$"rollup_quiet_p50_ms_{options.Large}"] / results[$"rollup_quiet_p50_ms_{options.Small}"];
        results.Add("rollup_quiet_ratio", $"Rollup read ratio {options.Large:N0} vs {options.Small:N0} tasks (unchanged)", quietRatio, "ratio");
        var creation = results[$"create_rate_{options.Large}"] / results[$"create_rate_{options.Small}"];
        results.Add("create_ratio", $"Task creation rate at {options.Large:N0} ÷ at {options.Small:N0}", creation, "ratio", "0.8–1.2", creation is >= 0.8 and <= 1.2);

        await new GrainMemory(api, host.Grains, brigade, results).Run();
        return (brigade.LeaderToken, await api.Get($"/api/v1/brigades/{brigade.Id}/rollup", brigade.LeaderToken));
    }

    /// <summary>Creates tasks up to <paramref name="size"/>; the rate is that of the last <see cref="BenchOptions.Small"/> of them.</summary>
    private static async Task Create(MainBrigade brigade, int size, BenchOptions options, Results results, bool figure = true)
    {
        if (size - brigade.TaskCount > options.Small)
        {
            await brigade.CreateTasks(size - options.Small, options.Clients);
        }

        var last = await brigade.CreateTasks(size, options.Clients);
        if (figure)
        {
            results.Add($"create_rate_{size}", $"Task creation (POST …/tasks, {options.Clients} clients) at {size - last.Answered:N0}–{size:N0} tasks",
                last.PerSecond, "tasks/s");
        }
    }

    /// <summary>A brigade of its own that exercises every measured path once, so no figure pays for JIT compilation.</summary>
    private static async Task WarmUp(Api api, BenchHost host, BenchOptions options)
    {
        var warm = new MainBrigade(api, host.Grains, "warmup", 2);
        await warm.Organise();
        await warm.CreateTasks(Math.Min(40, options.Small), options.Clients);
        await warm.SeedHistory(0);
        await Load.ForItems(options.Clients, warm.Tasks.Concat(warm.Tasks).ToArray(), t => warm.Report(t));
        for (var i = 0; i < 20; i++)
        {
            await api.Get($"/api/v1/brigades/{warm.Id}/rollup", warm.LeaderToken);
            await api.Get("/api/v1/me", warm.LeaderToken);
        }

        Results.Progress("warmed up");
    }

    private static void Delete(string folder, string keep)
    {
        foreach (var data in new[] { "main", "province" }.Select(d => Path.Combine(folder, d)).Where(Directory.Exists))
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
