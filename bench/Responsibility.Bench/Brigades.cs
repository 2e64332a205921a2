namespace Responsibility.Bench;

using System.Diagnostics;
using Responsibility.Grains.Abstractions;
using static Responsibility.Bench.ResultTable;

/// <summary>Facts about a brigade read straight from its grains, to describe the workload beside the timings.</summary>
public static class Brigades
{
    /// <summary>
    /// Generates a report for every month of the year up to <paramref name="lastMonth"/>, as an office setting up a
    /// brigade mid-year would (the schedule itself reports only from the month the brigade was configured).
    /// </summary>
    public static async Task GeneratePastMonths(IGrainFactory grains, string brigadeId, DateOnly lastMonth, ResultTable table)
    {
        var schedule = grains.GetGrain<IReportScheduleGrain>(brigadeId);
        var clock = Stopwatch.StartNew();
        for (var month = 1; month <= lastMonth.Month; month++)
        {
            await schedule.Generate(lastMonth.Year, month, "bench");
        }

        table.Figure(
            $"{brigadeId}: monthly reports for January to {lastMonth:yyyy-MM}",
            $"{lastMonth.Month} generated in {Ms(clock.Elapsed.TotalMilliseconds)} ms");
    }

    public static async Task Describe(IGrainFactory grains, string brigadeId, DateOnly asOf, ResultTable table)
    {
        var rollup = await grains.GetGrain<IBrigadeGrain>(brigadeId).GetRollup(asOf.Year, asOf);
        var o = rollup.Overall;
        var c = o.Counts;
        table.Figure(
            $"{brigadeId} at {asOf:yyyy-MM-dd}",
            $"{o.TaskCount} tasks, {rollup.Units.Length} units, {rollup.Leaders.Length} leaders: done {c.Done}, green {c.Green}, " +
            $"yellow {c.Yellow}, red {c.Red}, not started {c.NotStarted}; {o.Lagging.Length} lagging tasks listed in the report");
    }
}
