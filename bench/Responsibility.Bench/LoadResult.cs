namespace Responsibility.Bench;

/// <summary>Requests answered in a window (or in a burst's wall time) and their latencies.</summary>
public sealed record LoadResult(int Answered, TimeSpan Window, Percentiles Latency)
{
    public double PerSecond => Answered / Window.TotalSeconds;
}
