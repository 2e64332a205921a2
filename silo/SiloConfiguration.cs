namespace Responsibility.Silo;

using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Responsibility.Grains;
using Responsibility.Grains.Journal;
using Responsibility.Silo.Upgrades;
using Responsibility.Storage.Events;
using Responsibility.Storage;

/// <summary>The one place a Responsibility silo is configured, for the silo host and the api's embedded mode.</summary>
public static class SiloConfiguration
{
    public const string DatabaseFileName = "responsibility.db";
    public const string SiloPortKey = "Orleans:SiloPort";
    public const string GatewayPortKey = "Orleans:GatewayPort";

    /// <summary>
    /// Storage and reminders (our SQL providers over one SQLite file in <c>Storage:DataPath</c>) and clustering.
    /// <c>Orleans:Clustering</c> = <c>Localhost</c> (default) or <c>None</c> when a test host provides it.
    /// A <paramref name="coHosted"/> silo (the api's embedded mode) listens on loopback only and opens no gateway:
    /// nothing outside the process may call its grains.
    /// </summary>
    public static ISiloBuilder AddResponsibilitySilo(this ISiloBuilder silo, IConfiguration configuration, bool coHosted = false)
    {
        if (!string.Equals(configuration["Orleans:Clustering"], "None", StringComparison.OrdinalIgnoreCase))
        {
            var siloPort = configuration.GetValue(SiloPortKey, 11111);
            EnsureFree(siloPort, SiloPortKey);
            // A gateway port of 0 is Orleans' way of opening no gateway.
            silo.UseLocalhostClustering(siloPort, gatewayPort: coHosted ? 0 : configuration.GetValue(GatewayPortKey, 30000));
        }

        silo.AddSqliteGrainStorage(StorageNames.Main, DatabasePath(configuration));
        silo.Services.AddSqliteEventStore(DatabasePath(configuration));
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, EventLogUpgrade>();
        silo.AddCustomStorageBasedLogConsistencyProvider(LogProviders.Events);
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

    /// <summary>A second instance on the machine fails here, naming the setting to change, not deep inside Orleans.</summary>
    private static void EnsureFree(int port, string key)
    {
        try
        {
            using var probe = new TcpListener(IPAddress.Loopback, port);
            probe.Start();
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            throw new InvalidOperationException(
                $"Port {port} on 127.0.0.1 is already in use (another instance?); set {key} " +
                $"(environment variable {key.Replace(":", "__")}) to a free port.", e);
        }
    }
}
