namespace Responsibility.Bench;

using System.Diagnostics;

/// <summary>Warm-up runs, then timed runs of one operation, one after another.</summary>
public sealed class Sampler(BenchOptions options)
{
    public async Task<IReadOnlyList<Sample>> Run(Func<Task<long>> operation)
    {
        for (var i = 0; i < options.Warmup; i++)
        {
            await operation();
        }

        var samples = new List<Sample>();
        for (var i = 0; i < options.Iterations; i++)
        {
            samples.Add(await Once(operation));
        }

        return samples;
    }

    public static async Task<Sample> Once(Func<Task<long>> operation)
    {
        // Precise totals so one request's allocations are not hidden in another thread's allocation context.
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var bytes = await operation();
        clock.Stop();
        return new Sample(clock.Elapsed.TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore, bytes);
    }
}
