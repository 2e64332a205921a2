namespace Responsibility.Bench;

/// <summary>Command line: <c>--iterations N</c> (timed runs per operation), <c>--warmup N</c>, <c>--tasks N</c>.</summary>
public sealed record BenchOptions(int Iterations, int Warmup, int Tasks)
{
    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(Iterations: 5, Warmup: 1, Tasks: 2000);
        if (args.Length % 2 != 0)
        {
            throw new ArgumentException("Options come in pairs: --iterations 5 --warmup 1 --tasks 2000.");
        }

        for (var i = 0; i < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--iterations" => options with { Iterations = Math.Max(1, value) },
                "--warmup" => options with { Warmup = Math.Max(0, value) },
                "--tasks" => options with { Tasks = Math.Max(1, value) },
                _ => throw new ArgumentException($"Unknown option {args[i]}; use --iterations, --warmup or --tasks."),
            };
        }

        return options;
    }
}
