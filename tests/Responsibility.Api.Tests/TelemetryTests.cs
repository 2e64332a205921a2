namespace Responsibility.Api.Tests;

using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

/// <summary>One progress report is one trace: the HTTP request, the grain calls it makes and the append it waits on.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task ProgressReportIsOneTraceAcrossTheApiTheGrainsAndTheEventLogAndMovesOurCounter()
    {
        var spans = new SpanLog();
        await using var factory = new ApiFactory { TestServices = s => s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans)) };
        var brigade = await new ApiBrigade(factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var head = await brigade.SignIn("fazhi");
        using var counted = new Counted("responsibility.progress_reports");

        (await head.Report(task, new { value = 2 })).EnsureSuccessStatusCode();
        factory.Services.GetRequiredService<TracerProvider>().ForceFlush();
        var metrics = await head.GetStringAsync("/metrics");

        // A span is exported when it ends, and the grain side of a call may end after the HTTP answer has gone out.
        var trace = await spans.TraceOf(
            s => s.Source.Name == "Microsoft.AspNetCore" && s.DisplayName.Contains("/progress", StringComparison.Ordinal),
            t => t.Any(s => s.DisplayName.EndsWith("ITaskGrain/ReportProgress", StringComparison.Ordinal))
                 && t.Any(s => s.DisplayName.EndsWith("IBrigadeGrain/OnTaskChanged", StringComparison.Ordinal))
                 && t.Any(s => s.DisplayName == "event-log append"));
        Assert.Contains(trace, s => s.Name == "Microsoft.Orleans.Application" && s.DisplayName.EndsWith("ITaskGrain/ReportProgress", StringComparison.Ordinal));
        Assert.Contains(trace, s => s.Name == "Microsoft.Orleans.Application" && s.DisplayName.EndsWith("IBrigadeGrain/OnTaskChanged", StringComparison.Ordinal));
        Assert.Contains(trace, s => s.Name == "Responsibility.Storage" && s.DisplayName == "event-log append");
        Assert.True(counted.Total >= 1, "the progress counter did not move");
        Assert.Contains("responsibility_progress_reports", metrics);
    }

    /// <summary>Exported spans, added from whichever thread ends them and read by the test.</summary>
    private sealed class SpanLog : ICollection<Activity>
    {
        private readonly List<Activity> spans = [];

        public int Count
        {
            get
            {
                lock (spans)
                {
                    return spans.Count;
                }
            }
        }

        public bool IsReadOnly => false;

        /// <summary>The spans of the request's trace once <paramref name="complete"/> holds, or as they are after 10 s.</summary>
        public async Task<List<(string Name, string DisplayName)>> TraceOf(
            Func<Activity, bool> request, Func<List<(string Name, string DisplayName)>, bool> complete)
        {
            var waited = Stopwatch.StartNew();
            while (true)
            {
                List<Activity> now;
                lock (spans)
                {
                    now = [.. spans];
                }

                var root = now.Last(request);
                var trace = now.Where(s => s.TraceId == root.TraceId).Select(s => (s.Source.Name, s.DisplayName)).ToList();
                if (complete(trace) || waited.Elapsed > TimeSpan.FromSeconds(10))
                {
                    return trace;
                }

                await Task.Delay(50);
            }
        }

        public void Add(Activity item)
        {
            lock (spans)
            {
                spans.Add(item);
            }
        }

        public void Clear()
        {
            lock (spans)
            {
                spans.Clear();
            }
        }

        public bool Contains(Activity item)
        {
            lock (spans)
            {
                return spans.Contains(item);
            }
        }

        public void CopyTo(Activity[] array, int arrayIndex)
        {
            lock (spans)
            {
                spans.CopyTo(array, arrayIndex);
            }
        }

        public bool Remove(Activity item)
        {
            lock (spans)
            {
                return spans.Remove(item);
            }
        }

        public IEnumerator<Activity> GetEnumerator()
        {
            lock (spans)
            {
                return spans.ToList().GetEnumerator();
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Sums what one of our counters records while it is alive.</summary>
    private sealed class Counted : IDisposable
    {
        private readonly MeterListener listener = new();
        private long total;

        public Counted(string instrument)
        {
            listener.InstrumentPublished = (i, l) =>
            {
                if (i.Meter.Name == "Responsibility" && i.Name == instrument)
                {
                    l.EnableMeasurementEvents(i);
                }
            };
            listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref total, value));
            listener.Start();
        }

        public long Total => Interlocked.Read(ref total);

        public void Dispose() => listener.Dispose();
    }
}
