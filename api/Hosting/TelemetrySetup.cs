namespace Responsibility.Api.Hosting;

using OpenTelemetry.Metrics;

public static class TelemetrySetup
{
    /// <summary>Metrics for Prometheus at /metrics: ASP.NET Core and Orleans' own meter.</summary>
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddMeter("Microsoft.Orleans")
            .AddPrometheusExporter());
        return builder;
    }
}
