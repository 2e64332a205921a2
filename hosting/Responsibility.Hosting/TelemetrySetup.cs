namespace Responsibility.Hosting;

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Responsibility.Grains;
using Responsibility.Storage;

/// <summary>
/// Traces and metrics for the api and every silo: an HTTP request, the grain calls it makes (Orleans' activity
/// propagation) and the storage writes it waits on share one trace. Metrics go to <c>/metrics</c> (Prometheus), and both
/// to an OTLP collector when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// </summary>
public static class TelemetrySetup
{
    /// <summary>Orleans' grain-call spans; its runtime source is left out (membership and timer noise).</summary>
    public const string OrleansCalls = "Microsoft.Orleans.Application";

    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder, string serviceName)
    {
        var otlp = !string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation().AddSource(OrleansCalls, StorageTelemetry.SourceName);
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddMeter("Microsoft.Orleans", Telemetry.MeterName).AddPrometheusExporter();
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        return builder;
    }
}
