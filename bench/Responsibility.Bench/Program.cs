namespace Responsibility.Bench;

using System.Diagnostics;
using static Responsibility.Bench.ResultTable;

// An explicit entry point: top-level statements would declare a second global Program beside the api's.
public static class BenchProgram
{
    public static async Task Main(string[] args)
    {
        var options = BenchOptions.Parse(args);
        var month = BenchClock.LastMonth();
        var monthEnd = month.AddMonths(1).AddDays(-1);
        var table = new ResultTable();
        var loadAtStart = LoadAverage();
        var sampler = new Sampler(options);
        var reports = new ReportBench(sampler, table);
        Progress($"{options.Iterations} iterations after {options.Warmup} warm-up; report month {month:yyyy-MM} ({BenchClock.TimeZone})");

        // WebApplicationFactory finds the api's content root through MvcTestingAppManifest.json in the current folder.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        await using var host = new BenchHost();
        var clock = Stopwatch.StartNew();
        var stdout = Console.Out;
        Console.SetOut(Console.Error); // the demo seeder prints its logins
        _ = host.Server;
        Console.SetOut(stdout);
        table.Figure("Start api + silo and seed the demo brigade", $"{Ms(clock.Elapsed.TotalMilliseconds)} ms");

        var seeder = new SyntheticSeeder(host.Grains, table);
        await seeder.Organise();

        await Brigades.Describe(host.Grains, "zichuan", monthEnd, table);
        var demo = await host.SignIn("dadui", "demo-zichuan");
        await reports.Run("demo zichuan", demo, "zichuan", month);
        await new RenderBreakdown(sampler, table, host.Grains).Run("demo zichuan", "zichuan", month);

        await seeder.Seed(options.Tasks, month);
        await SyntheticSeeder.CreateLeaderAccount(await host.SignInAsAdmin());
        await Brigades.GeneratePastMonths(host.Grains, SyntheticOrganisation.BrigadeId, month, table);
        await Brigades.Describe(host.Grains, SyntheticOrganisation.BrigadeId, monthEnd, table);
        var leader = await host.SignIn(SyntheticOrganisation.LeaderUsername, SyntheticOrganisation.LeaderPassword);
        await reports.Run("bench2000", leader, SyntheticOrganisation.BrigadeId, month);
        await new GenerateBreakdown(sampler, table, host).Run("bench2000", SyntheticOrganisation.BrigadeId, month);
        await new RenderBreakdown(sampler, table, host.Grains).Run("bench2000", SyntheticOrganisation.BrigadeId, month);
        await reports.Rollups("bench2000", leader, SyntheticOrganisation.BrigadeId, monthEnd);

        table.Figure("Peak working set of the process", Mb(Process.GetCurrentProcess().PeakWorkingSet64));
        table.Figure("Machine", $"{Environment.ProcessorCount} cores; load average at start {loadAtStart}, at end {LoadAverage()}");
        table.Print(Console.Out);
    }

    /// <summary>Other work on the machine shows in the timings; the 1/5/15-minute load averages say how much there was.</summary>
    private static string LoadAverage() => File.Exists("/proc/loadavg")
        ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
        : "n/a";
}
