namespace Responsibility.Bench;

using Responsibility.Grains.Abstractions;

/// <summary>
/// A province on one system at a month's end: every unit of every brigade reports every task once over HTTP (the
/// month-end rush); then, on the 1st after 08:00, each brigade's schedule catches up the month's report — the call its
/// reminder makes, for all brigades at once. The grains' clock is moved to those two moments; nothing else is.
/// </summary>
public sealed class ProvinceRun(string dataPath, BenchOptions options, Results results)
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public async Task Run()
    {
        var clock = new ShiftedClock();
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Zone).DateTime;
        var nextMonth = new DateTime(now.Year, now.Month, 1).AddMonths(1);
        clock.Set(nextMonth.AddHours(-3), Zone);

        await using var host = BenchHost.Start(dataPath, clock);
        using var api = new Api(host.BaseAddress);
        var ids = Enumerable.Range(0, options.ProvinceBrigades).Select(Id).ToArray();
        var reports = await new BrigadeSeeder(host, nextMonth.AddDays(-1).Year).Seed(ids, options.ProvinceUnits, options.ProvinceTasks);
        Results.Progress($"province seeded: {options.ProvinceBrigades} brigades, {reports.Count:N0} tasks");
        var shuffled = reports.OrderBy(r => r.TaskId, StringComparer.Ordinal).ToList();
        new Random(42).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));

        var burst = await Load.ForItems(options.Clients, shuffled, r =>
            api.SendJson(HttpMethod.Post, $"/api/v1/tasks/{r.TaskId}/progress", r.Token, r.Body, Guid.NewGuid().ToString("N")));
        var scale = $"{options.ProvinceBrigades} brigades × {options.ProvinceTasks} tasks";
        results.Add("burst_wall_s", $"Month-end burst: {reports.Count:N0} reports ({scale}), {options.Clients} clients, wall time", burst.Window.TotalSeconds, "s");
        results.Add("burst_rps", "Month-end burst: reports/s", burst.PerSecond, "req/s");
        results.Add("burst_p99_ms", "Month-end burst: latency p99", burst.Latency.P99, "ms");

        clock.Set(nextMonth.AddHours(8).AddMinutes(5), Zone);
        var reported = nextMonth.AddMonths(-1);
        var month = reported.ToString("yyyy-MM");
        var started = System.Diagnostics.Stopwatch.StartNew();
        var generated = await Task.WhenAll(Enumerable.Range(0, options.ProvinceBrigades)
            .Select(b => host.Grains.GetGrain<IReportScheduleGrain>(Id(b)).CatchUp()));
        var wall = started.Elapsed.TotalSeconds;
        await Check(host.Grains, generated, reported);
        results.Add("catch_up_s", $"Monthly reports caught up by the schedule: {options.ProvinceBrigades} brigades' {month}, wall time", wall, "s");
    }

    public static string Id(int brigade) => $"p{brigade + 1:D3}";

    /// <summary>Each brigade has the month's report and no other; it counts every task, and every unit reported.</summary>
    private async Task Check(IGrainFactory grains, string[][] generated, DateTime month)
    {
        for (var b = 0; b < options.ProvinceBrigades; b++)
        {
            var id = Id(b);
            var listed = await grains.GetGrain<IReportScheduleGrain>(id).List();
            var report = await grains.GetGrain<IMonthlyReportGrain>(GrainKeys.MonthlyReport(id, month.Year, month.Month)).Get(null);
            if (listed.Length != 1 || generated[b].Length > 1 || report.Overview.TaskCount != options.ProvinceTasks || report.SilentUnits.Length > 0)
            {
                throw new InvalidOperationException(
                    $"Brigade {id}: {listed.Length} reports, {report.Overview.TaskCount} tasks, silent units [{string.Join(", ", report.SilentUnits)}].");
            }
        }
    }
}
