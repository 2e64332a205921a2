namespace Responsibility.Hosting;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;

/// <summary><c>/health/live</c> (the process runs) and <c>/health/ready</c> (<see cref="ReadinessCheck"/>), for the api and every silo.</summary>
public static class HealthEndpoints
{
    public static WebApplicationBuilder AddReadiness(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<ReadinessCheck>("cluster-and-storage", tags: ["ready"]);
        return builder;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
