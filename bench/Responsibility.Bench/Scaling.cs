namespace Responsibility.Bench;

/// <summary>
/// The same work on a brigade of <see cref="BenchOptions.Small"/> tasks and one of <see cref="BenchOptions.Large"/>,
/// alternately, so the machine's noise falls on both alike: creating their last tasks over HTTP, and the brigade
/// leader's <c>GET …/rollup</c> — as read twice in a row, and right after a progress report somewhere in the brigade,
/// as a dashboard sees it while units report.
/// </summary>
public sealed class Scaling(Api api, MainBrigade small, MainBrigade large, BenchOptions options, Results results)
{
    private readonly Dictionary<MainBrigade, int> answers = [];

    /// <summary>How many of each brigade's tasks are created in the timed, alternating blocks.</summary>
    public int Last => Math.Max(2, Math.Min(100, options.Small / 2));

    public async Task CreateLastTasks()
    {
        var block = Math.Max(1, Last / 5);
        var (smallTimes, largeTimes) = (TimeSpan.Zero, TimeSpan.Zero);
        while (small.TaskCount < options.Small || large.TaskCount < options.Large)
        {
            smallTimes += await Block(small, options.Small, block);
            largeTimes += await Block(large, options.Large, block);
        }

        var atSmall = Last / smallTimes.TotalSeconds;
        var atLarge = Last / largeTimes.TotalSeconds;
        results.Add("create_rate_small", $"Task creation (POST …/tasks, {options.Clients} clients) at {options.Small - Last:N0}–{options.Small:N0} tasks", atSmall, "tasks/s");
        results.Add("create_rate_large", $"Task creation at {options.Large - Last:N0}–{options.Large:N0} tasks (blocks alternating with the above)", atLarge, "tasks/s");
        results.Add("create_ratio", $"Task creation rate at {options.Large:N0} ÷ at {options.Small:N0}", atLarge / atSmall, "ratio", "0.8–1.2",
            atLarge / atSmall is >= 0.8 and <= 1.2);
    }

    public async Task ReadRollups()
    {
        foreach (var brigade in new[] { small, large })
        {
            var rollup = await api.Get(Url(brigade), brigade.LeaderToken);
            if (rollup["taskCount"]!.GetValue<int>() != brigade.TaskCount)
            {
                throw new InvalidOperationException($"The rollup of {brigade.Id} counts {rollup["taskCount"]} tasks, not {brigade.TaskCount}.");
            }
        }

        var (quietSmall, quietLarge) = await Alternate(before: null);
        results.Add("rollup_quiet_p50_small", $"Brigade rollup read p50, {options.Small:N0} tasks ({Kib(small)} answer), no change since the last read", quietSmall, "ms");
        results.Add("rollup_quiet_p50_large", $"Brigade rollup read p50, {options.Large:N0} tasks ({Kib(large)} answer), no change since the last read", quietLarge, "ms");
        var random = new Random(1);
        var (changedSmall, changedLarge) = await Alternate(before: b => b.Report(b.Tasks[random.Next(b.Tasks.Count)]));
        results.Add("rollup_p50_small", $"Brigade rollup read p50, {options.Small:N0} tasks, each read after a report", changedSmall, "ms");
        results.Add("rollup_p50_large", $"Brigade rollup read p50, {options.Large:N0} tasks, each read after a report", changedLarge, "ms");
        results.Add("rollup_ratio", $"Rollup read ratio {options.Large:N0} vs {options.Small:N0} tasks (after a report)", changedLarge / changedSmall,
            "ratio", "≤ 1.2", changedLarge / changedSmall <= 1.2);
        results.Add("rollup_quiet_ratio", $"Rollup read ratio {options.Large:N0} vs {options.Small:N0} tasks (unchanged)", quietLarge / quietSmall, "ratio");
    }

    private string Kib(MainBrigade brigade) => $"{answers[brigade] / 1024.0:0} KiB";

    private async Task<TimeSpan> Block(MainBrigade brigade, int size, int block) =>
        brigade.TaskCount >= size ? TimeSpan.Zero : (await brigade.CreateTasks(Math.Min(size, brigade.TaskCount + block), options.Clients)).Window;

    /// <summary>Reads both brigades' rollups in turn, each read after an untimed <paramref name="before"/>; the p50 of each.</summary>
    private async Task<(double Small, double Large)> Alternate(Func<MainBrigade, Task>? before)
    {
        var times = new Dictionary<MainBrigade, List<long>> { [small] = [], [large] = [] };
        var warmup = Math.Max(5, options.Samples / 5);
        for (var i = 0; i < warmup + options.Samples; i++)
        {
            foreach (var brigade in i % 2 == 0 ? new[] { small, large } : [large, small])
            {
                if (before is not null)
                {
                    await before(brigade);
                }

                var sent = System.Diagnostics.Stopwatch.GetTimestamp();
                answers[brigade] = await api.SendJson(HttpMethod.Get, Url(brigade), brigade.LeaderToken, null);
                if (i >= warmup)
                {
                    times[brigade].Add(System.Diagnostics.Stopwatch.GetTimestamp() - sent);
                }
            }
        }

        return (new Percentiles(times[small]).P50, new Percentiles(times[large]).P50);
    }

    private static string Url(MainBrigade brigade) => $"/api/v1/brigades/{brigade.Id}/rollup";
}
