namespace Responsibility.Bench;

using System.Globalization;

/// <summary>
/// Sizes of one run. Defaults are the issue's; <c>--smoke</c> starts from tiny ones (CI checks that the bench still
/// runs, not how fast), and any option given after it still applies.
/// </summary>
public sealed record BenchOptions
{
    public int Units { get; init; } = 20;

    public int TasksPerUnit { get; init; } = 100;

    /// <summary>The small and large brigade sizes rollup reads and task creation are compared at.</summary>
    public int Small { get; init; } = 200;

    public int Large { get; init; } = 20_000;

    /// <summary>Earlier entries of the one task whose report latency is compared with 10.</summary>
    public int Entries { get; init; } = 5_000;

    public int Clients { get; init; } = 32;

    public double Seconds { get; init; } = 10;

    public double WarmupSeconds { get; init; } = 3;

    /// <summary>Timed sequential requests per latency figure (after a tenth as many untimed).</summary>
    public int Samples { get; init; } = 100;

    public int ReportRuns { get; init; } = 5;

    public int ColdStarts { get; init; } = 3;

    public int ProvinceBrigades { get; init; } = 150;

    public int ProvinceTasks { get; init; } = 300;

    public int ProvinceUnits { get; init; } = 15;

    /// <summary>The detachment (支队) whose dashboard is read against one of a single brigade; 0 skips the detachment run.</summary>
    public int DetachmentBrigades { get; init; } = 10;

    /// <summary>Tasks of each of the detachment's brigades (and of the single brigade it is compared with).</summary>
    public int DetachmentTasks { get; init; } = 2_000;

    public int DetachmentUnits { get; init; } = 20;

    public string? Output { get; init; }

    public bool Smoke { get; init; }

    /// <summary>Leaves the data folders behind (to profile a start on them); by default they are deleted.</summary>
    public bool KeepData { get; init; }

    /// <summary>Measures the ceiling and progress reports on 2 silos + 2 apis over PostgreSQL and Redis instead (ClusterRun).</summary>
    public bool Cluster { get; init; }

    /// <summary>The synthetic brigade: units × tasks per unit (default 2,000).</summary>
    public int Tasks => Units * TasksPerUnit;

    public static readonly BenchOptions SmokeSizes = new()
    {
        Units = 2, TasksPerUnit = 10, Small = 8, Large = 40, Entries = 30, Clients = 4, Seconds = 1, WarmupSeconds = 0.5,
        Samples = 10, ReportRuns = 1, ColdStarts = 1, ProvinceBrigades = 3, ProvinceTasks = 8, ProvinceUnits = 2,
        DetachmentBrigades = 2, DetachmentTasks = 20, DetachmentUnits = 2, Smoke = true,
    };

    public static BenchOptions Parse(string[] args)
    {
        var options = (args.Contains("--smoke") ? SmokeSizes : new BenchOptions()) with
        {
            KeepData = args.Contains("--keep-data"), Cluster = args.Contains("--cluster"),
        };
        var rest = args.Where(a => a is not "--smoke" and not "--keep-data" and not "--cluster").ToArray();
        if (rest.Length % 2 != 0)
        {
            throw new ArgumentException("Options come in pairs (--clients 32), besides --smoke, --keep-data and --cluster.");
        }

        for (var i = 0; i < rest.Length; i += 2)
        {
            var (name, text) = (rest[i], rest[i + 1]);
            var value = name == "--out" ? 0 : double.Parse(text, CultureInfo.InvariantCulture);
            options = name switch
            {
                "--units" => options with { Units = (int)value },
                "--tasks-per-unit" => options with { TasksPerUnit = (int)value },
                "--small" => options with { Small = (int)value },
                "--large" => options with { Large = (int)value },
                "--entries" => options with { Entries = (int)value },
                "--clients" => options with { Clients = (int)value },
                "--seconds" => options with { Seconds = value },
                "--warmup-seconds" => options with { WarmupSeconds = value },
                "--samples" => options with { Samples = (int)value },
                "--report-runs" => options with { ReportRuns = (int)value },
                "--cold-starts" => options with { ColdStarts = (int)value },
                "--province-brigades" => options with { ProvinceBrigades = (int)value },
                "--province-tasks" => options with { ProvinceTasks = (int)value },
                "--province-units" => options with { ProvinceUnits = (int)value },
                "--detachment-brigades" => options with { DetachmentBrigades = (int)value },
                "--detachment-tasks" => options with { DetachmentTasks = (int)value },
                "--detachment-units" => options with { DetachmentUnits = (int)value },
                "--out" => options with { Output = text },
                _ => throw new ArgumentException($"Unknown option {name}; see bench/README.md."),
            };
        }

        return options.Check();
    }

    private BenchOptions Check()
    {
        if (Units < 1 || Small < Units || Small > Tasks || Tasks + Small > Large || Entries < 20 || Clients < 1 || Samples < 1
            || ReportRuns < 1 || ColdStarts < 0 || ProvinceBrigades < 0 || ProvinceUnits < 1 || ProvinceTasks < ProvinceUnits
            || DetachmentBrigades < 0 || DetachmentUnits < 1 || DetachmentTasks < DetachmentUnits)
        {
            throw new ArgumentException(
                "Sizes must satisfy units ≤ small ≤ units × tasks-per-unit, that plus small ≤ large, entries ≥ 20, province tasks ≥ province units, detachment tasks ≥ detachment units.");
        }

        return this;
    }
}
