namespace Responsibility.Hosting;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;
using Orleans.Storage;
using Responsibility.Grains;
using Responsibility.Storage;

/// <summary>
/// Ready when the cluster answers a grain call and has an active silo, and — where the storage lives in this process
/// (a silo, or the api's embedded one) — the database answers too.
/// </summary>
public sealed class ReadinessCheck(IGrainFactory grains, IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var silos = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
            if (silos.Count == 0)
            {
                return HealthCheckResult.Unhealthy("no active silo");
            }

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
