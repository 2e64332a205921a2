namespace Responsibility.Bench;

/// <summary>
/// The brigade leader's <c>GET …/rollup</c>, one request at a time: as read twice in a row (the answer kept since the
/// last change), and right after a progress report somewhere in the brigade, as a dashboard sees it while units report.
/// </summary>
public sealed class RollupReads(Api api, MainBrigade brigade, BenchOptions options, Results results)
{
    public async Task Run(int size)
    {
        var url = $"/api/v1/brigades/{brigade.Id}/rollup";
        var rollup = await api.Get(url, brigade.LeaderToken);
        if (rollup["taskCount"]!.GetValue<int>() != size)
        {
            throw new InvalidOperationException($"The rollup counts {rollup["taskCount"]} tasks, not {size}.");
        }

        var warmup = Math.Max(1, options.Samples / 10);
        var quiet = await Load.Sequential(warmup, options.Samples, _ => api.SendJson(HttpMethod.Get, url, brigade.LeaderToken, null));
        results.Add($"rollup_quiet_p50_ms_{size}", $"Brigade rollup read p50, {size:N0} tasks, no change since the last read", quiet.P50, "ms");

        var random = new Random(size);
        var afterChange = await Load.Sequential(
            warmup, options.Samples, _ => api.SendJson(HttpMethod.Get, url, brigade.LeaderToken, null),
            before: _ => brigade.Report(brigade.Tasks[random.Next(brigade.Tasks.Count)]));
        results.Add($"rollup_p50_ms_{size}", $"Brigade rollup read p50, {size:N0} tasks, each read after a report", afterChange.P50, "ms");
    }
}
