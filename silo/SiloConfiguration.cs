namespace Responsibility.Silo;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Responsibility.Grains;
using Responsibility.Silo.Upgrades;
using Responsibility.Storage;

/// <summary>The one place a Responsibility silo is configured, for the silo host and the api's embedded mode.</summary>
public static class SiloConfiguration
{
    public const string DatabaseFileName = "responsibility.db";

    /// <summary>
    /// Storage and reminders (our SQL providers over one SQLite file in <c>Storage:DataPath</c>) and clustering.
    /// <c>Orleans:Clustering</c> = <c>Localhost</c> (default) or <c>None</c> when a test host provides it.
    /// </summary>
    public static ISiloBuilder AddResponsibilitySilo(this ISiloBuilder silo, IConfiguration configuration)
    {
        if (!string.Equals(configuration["Orleans:Clustering"], "None", StringComparison.OrdinalIgnoreCase))
        {
            silo.UseLocalhostClustering(
                siloPort: configuration.GetValue("Orleans:SiloPort", 11111),
                gatewayPort: configuration.GetValue("Orleans:GatewayPort", 30000));
        }

        silo.AddSqliteGrainStorage(StorageNames.Main, DatabasePath(configuration));
        silo.UseSqliteReminderService(DatabasePath(configuration));
        silo.AddActivityPropagation();
        silo.AddStartupTask<AccountDirectoryUpgrade>();
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.TryAddKeyedSingleton(DomainClock.Key, TimeProvider.System);
        return silo;
    }

    public static string DataPath(IConfiguration configuration) =>
        Path.GetFullPath(configuration["Storage:DataPath"] is { Length: > 0 } path ? path : "data");

    public static string DatabasePath(IConfiguration configuration) =>
        Path.Combine(DataPath(configuration), DatabaseFileName);
}
