namespace Responsibility.Api.Hosting;

using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Storage;
using Responsibility.Grains;
using Responsibility.Grains.Abstractions;
using Responsibility.Storage;

/// <summary>Ready when a grain call goes through (the silo is up) and the grain storage answers.</summary>
public sealed class ReadinessCheck(IGrainFactory grains, IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await grains.GetGrain<IUserGrain>(AdminBootstrap.AdminUsername).Get();
            if (services.GetKeyedService<IGrainStorage>(StorageNames.Main) is SqlGrainStorage storage)
            {
                await storage.CheckAsync(cancellationToken);
            }

            return HealthCheckResult.Healthy();
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("silo or storage unavailable", e);
        }
    }
}
