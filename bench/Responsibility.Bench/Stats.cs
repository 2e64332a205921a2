namespace Responsibility.Bench;

/// <summary>Order statistics of a few samples; p90 is nearest-rank, so with five samples it is the largest.</summary>
public sealed record Stats(int Count, double Median, double P90, double Min, double Max)
{
    public static Stats Of(IReadOnlyCollection<double> samples)
    {
        var sorted = samples.Order().ToArray();
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        var p90 = sorted[(int)Math.Ceiling(0.9 * sorted.Length) - 1];
        return new Stats(sorted.Length, median, p90, sorted[0], sorted[^1]);
    }
}
