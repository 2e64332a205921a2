namespace Responsibility.Bench;

using System.Diagnostics;

/// <summary>Latencies of one figure, in milliseconds; percentiles are nearest-rank over every sample.</summary>
public sealed class Percentiles
{
    private readonly double[] sorted;

    public Percentiles(IEnumerable<long> stopwatchTicks)
        : this(stopwatchTicks.Select(t => t * 1000.0 / Stopwatch.Frequency))
    {
    }

    private Percentiles(IEnumerable<double> milliseconds)
    {
        sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new InvalidOperationException("No samples were taken.");
        }
    }

    /// <summary>The samples of several runs as one.</summary>
    public static Percentiles Merge(IEnumerable<Percentiles> runs) => new(runs.SelectMany(r => r.sorted));

    public int Count => sorted.Length;

    public double P50 => At(0.50);

    public double P99 => At(0.99);

    public double Max => sorted[^1];

    public double At(double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
