namespace Responsibility.Api.Rollups;

using Responsibility.Grains.Abstractions.Rollups;

/// <summary>The v1 rollup shape; unit and category rollups carry these fields beside their own.</summary>
public record RollupResponse
{
    public RollupResponse(Rollup rollup)
    {
        Percent = rollup.Percent;
        Expected = rollup.Expected;
        Lag = rollup.Lag;
        TaskCount = rollup.TaskCount;
        Counts = rollup.Counts;
        Lagging = rollup.Lagging;
    }

    public double Percent { get; }

    public double Expected { get; }

    public double Lag { get; }

    public int TaskCount { get; }

    public StatusCounts Counts { get; }

    public LaggingTask[] Lagging { get; }
}
