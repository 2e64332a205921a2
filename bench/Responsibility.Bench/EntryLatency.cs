namespace Responsibility.Bench;

/// <summary>
/// <c>POST …/progress</c>, one request at a time, on a task with 10 earlier entries and on one with
/// <see cref="BenchOptions.Entries"/>: a write appends one event, so its cost must not grow with the history. The two
/// tasks (same unit, same kind) are sampled alternately, so whatever else the machine does falls on both alike.
/// </summary>
public sealed class EntryLatency(MainBrigade brigade, BenchOptions options, Results results)
{
    public async Task Run()
    {
        var few = await CreateTask("LATENCY-10");
        var many = await CreateTask("LATENCY-MANY");
        await Fill(few, 10);
        await Fill(many, options.Entries);

        var fewTimes = new List<long>();
        var manyTimes = new List<long>();
        var warmup = Math.Max(2, options.Samples / 10);
        for (var i = 0; i < warmup + options.Samples; i++)
        {
            var (first, second) = i % 2 == 0 ? (few, many) : (many, few);
            var a = await Timed(first);
            var b = await Timed(second);
            if (i >= warmup)
            {
                (first == few ? fewTimes : manyTimes).Add(a);
                (second == few ? fewTimes : manyTimes).Add(b);
            }
        }

        var small = new Percentiles(fewTimes).P50;
        var large = new Percentiles(manyTimes).P50;
        results.Add("entry_p50_ms_10", $"Progress report latency p50, a task with 10–{10 + warmup + options.Samples} earlier entries", small, "ms");
        results.Add("entry_p50_ms_many",
            $"Progress report latency p50, a task with {options.Entries:N0}–{options.Entries + warmup + options.Samples:N0} earlier entries (sampled alternately)",
            large, "ms");
        results.Add("entry_ratio", $"Latency ratio {options.Entries:N0} vs 10 entries", large / small, "ratio", "≤ 1.5", large / small <= 1.5);
    }

    private async Task<long> Timed(BenchTask task)
    {
        var sent = System.Diagnostics.Stopwatch.GetTimestamp();
        await brigade.Report(task);
        return System.Diagnostics.Stopwatch.GetTimestamp() - sent;
    }

    /// <summary>Reports until the task has <paramref name="count"/> entries; four clients keep its grain's queue full.</summary>
    private Task Fill(BenchTask task, int count) =>
        Load.ForItems(4, Enumerable.Range(0, count).ToArray(), i => brigade.Report(task, $"第{i + 1}次填报。"));

    /// <summary>A count task with a target no single report comes near (no confirmation is ever asked for).</summary>
    private Task<BenchTask> CreateTask(string code) => brigade.CreateOther(new
    {
        year = MainBrigade.Today.Year, code, title = "填报延迟测量任务", category = SyntheticTasks.Categories[0], unitId = brigade.UnitId(0),
        dutyLine = "Business", metric = new { kind = "Count", target = 1_000_000, unitLabel = "次" }, weight = 1,
        start = new DateOnly(MainBrigade.Today.Year, 1, 1), due = new DateOnly(MainBrigade.Today.Year, 12, 31),
    });
}
