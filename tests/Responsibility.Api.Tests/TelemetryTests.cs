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
        var spans = new List<Activity>();
        await using var factory = new ApiFactory { TestServices = s => s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans)) };
        var brigade = await new ApiBrigade(factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var head = await brigade.SignIn("fazhi");
        using var counted = new Counted("responsibility.progress_reports");

        (await head.Report(task, new { value = 2 })).EnsureSuccessStatusCode();
        factory.Services.GetRequiredService<TracerProvider>().ForceFlush();
        var metrics = await head.GetStringAsync("/metrics");

        var request = spans.Last(s => s.Source.Name == "Microsoft.AspNetCore" && s.DisplayName.Contains("/progress", StringComparison.Ordinal));
        var trace = spans.Where(s => s.TraceId == request.TraceId).Select(s => (s.Source.Name, s.DisplayName)).ToList();
        Assert.Contains(trace, s => s.Name == "Microsoft.Orleans.Application" && s.DisplayName.EndsWith("ITaskGrain/ReportProgress", StringComparison.Ordinal));
        Assert.Contains(trace, s => s.Name == "Microsoft.Orleans.Application" && s.DisplayName.EndsWith("IBrigadeGrain/OnTaskChanged", StringComparison.Ordinal));
        Assert.Contains(trace, s => s.Name == "Responsibility.Storage" && s.DisplayName == "event-log append");
        Assert.True(counted.Total >= 1, "the progress counter did not move");
        Assert.Contains("responsibility_progress_reports", metrics);
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
