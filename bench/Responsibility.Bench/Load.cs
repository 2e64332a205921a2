namespace Responsibility.Bench;

using System.Diagnostics;

/// <summary>
/// A closed loop of C clients, each sending its next request when the last one was answered: bounded by C, so the
/// figures are what C users get, not what an unbounded queue hides. A failed request fails the run.
/// </summary>
public static class Load
{
    /// <summary>
    /// Runs for <paramref name="warmup"/> untimed, then counts the requests answered within <paramref name="measured"/>
    /// and the latency of each one both sent and answered inside it. Each request is told its client's number and
    /// random source.
    /// </summary>
    public static async Task<LoadResult> ForDuration(int clients, TimeSpan warmup, TimeSpan measured, Func<int, Random, Task> request)
    {
        var start = Stopwatch.GetTimestamp();
        var from = start + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var until = from + (long)(measured.TotalSeconds * Stopwatch.Frequency);
        var latencies = new List<long>[clients];
        var answered = new int[clients];
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var random = new Random(c);
            var mine = latencies[c] = new List<long>();
            while (Stopwatch.GetTimestamp() < until)
            {
                var sent = Stopwatch.GetTimestamp();
                await request(c, random);
                var done = Stopwatch.GetTimestamp();
                if (done > from && done <= until)
                {
                    answered[c]++;
                    if (sent >= from)
                    {
                        mine.Add(done - sent);
                    }
                }
            }
        })));
        return new LoadResult(answered.Sum(), measured, new Percentiles(latencies.SelectMany(l => l)));
    }

    /// <summary>Sends every item once with C clients taking the next one in turn; the wall time runs from first send to last answer.</summary>
    public static async Task<LoadResult> ForItems<T>(int clients, IReadOnlyList<T> items, Func<T, Task> request)
    {
        var next = -1;
        var latencies = new List<long>[clients];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var mine = latencies[c] = new List<long>();
            for (var i = Interlocked.Increment(ref next); i < items.Count; i = Interlocked.Increment(ref next))
            {
                var sent = Stopwatch.GetTimestamp();
                await request(items[i]);
                mine.Add(Stopwatch.GetTimestamp() - sent);
            }
        })));
        return new LoadResult(items.Count, clock.Elapsed, new Percentiles(latencies.SelectMany(l => l)));
    }

    /// <summary>
    /// Sends <paramref name="request"/> one at a time, <paramref name="interval"/> apart, until <paramref name="stop"/>
    /// (as someone watching a page while others write); the latencies of every one sent.
    /// </summary>
    public static async Task<Percentiles> Poll(TimeSpan interval, Func<Task> request, CancellationToken stop)
    {
        var latencies = new List<long>();
        while (!stop.IsCancellationRequested)
        {
            var sent = Stopwatch.GetTimestamp();
            await request();
            latencies.Add(Stopwatch.GetTimestamp() - sent);
            try
            {
                await Task.Delay(interval, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return new Percentiles(latencies);
    }

    /// <summary>
    /// One request at a time: <paramref name="warmup"/> untimed, then <paramref name="samples"/> timed; each one after
    /// an untimed <paramref name="before"/>, if given.
    /// </summary>
    public static async Task<Percentiles> Sequential(int warmup, int samples, Func<int, Task> request, Func<int, Task>? before = null)
    {
        var latencies = new long[samples];
        for (var i = 0; i < warmup + samples; i++)
        {
            if (before is not null)
            {
                await before(i);
            }

            var sent = Stopwatch.GetTimestamp();
            await request(i);
            if (i >= warmup)
            {
                latencies[i - warmup] = Stopwatch.GetTimestamp() - sent;
            }
        }

        return new Percentiles(latencies);
    }
}
