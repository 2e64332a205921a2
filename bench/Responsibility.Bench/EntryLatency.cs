namespace Responsibility.Bench;

/// <summary>
/// One task's <c>POST …/progress</c>, one request at a time, when it has 10 earlier entries and when it has
/// <see cref="BenchOptions.Entries"/>: a write appends one event, so its cost must not grow with the history.
/// </summary>
public sealed class EntryLatency(MainBrigade brigade, BenchOptions options, Results results)
{
    public async Task Run()
    {
        var task = await CreateTask();
        var reported = 0;
        Task Report() => brigade.Report(task, $"第{Interlocked.Increment(ref reported)}次填报。");

        await Fill(10, reported, Report);
        var few = await Load.Sequential(0, options.Samples, _ => Report());
        results.Add("entry_p50_ms_10", $"Progress report latency p50, one task with 10–{10 + options.Samples} earlier entries", few.P50, "ms");

        await Fill(options.Entries, reported, Report);
        var many = await Load.Sequential(0, options.Samples, _ => Report());
        results.Add("entry_p50_ms_many",
            $"Progress report latency p50, the same task with {options.Entries:N0}–{options.Entries + options.Samples:N0} earlier entries", many.P50, "ms");
        var ratio = many.P50 / few.P50;
        results.Add("entry_ratio", $"Latency ratio {options.Entries:N0} vs 10 entries", ratio, "ratio", "≤ 1.5", ratio <= 1.5);
    }

    /// <summary>Reports until the task has <paramref name="count"/> entries; four clients keep the grain's queue full.</summary>
    private static async Task Fill(int count, int reported, Func<Task> report)
    {
        var missing = count - reported;
        await Load.ForItems(4, Enumerable.Range(0, Math.Max(0, missing)).ToArray(), _ => report());
    }

    /// <summary>A count task with a target no single report comes near (no confirmation is ever asked for).</summary>
    private Task<BenchTask> CreateTask()
    {
        var body = new
        {
            year = MainBrigade.Today.Year, code = "LATENCY", title = "填报延迟测量任务", category = SyntheticTasks.Categories[0], unitId = brigade.UnitId(0),
            dutyLine = "Business", metric = new { kind = "Count", target = 1_000_000, unitLabel = "次" }, weight = 1,
            start = new DateOnly(MainBrigade.Today.Year, 1, 1), due = new DateOnly(MainBrigade.Today.Year, 12, 31),
        };
        return brigade.CreateOther(body);
    }
}
