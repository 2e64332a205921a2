namespace Responsibility.Hosting;

using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Responsibility.Grains;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Journal;
using Responsibility.Hosting.Upgrades;
using Responsibility.Storage;
using Responsibility.Storage.Attachments;
using Responsibility.Storage.Events;
using StackExchange.Redis;

/// <summary>The one place a Responsibility silo is configured, for the silo host and the api's embedded mode.</summary>
public static class SiloConfiguration
{
    public const string DatabaseFileName = "responsibility.db";
    public const string SiloPortKey = "Orleans:SiloPort";

    /// <summary>Where the api listens when not told (<c>--urls</c>).</summary>
    public const string DefaultWebUrl = "http://127.0.0.1:5080";

    /// <summary>
    /// Clustering, storage and reminders from <see cref="ClusterSettings"/>: with <c>ConnectionStrings:Redis</c> the silo
    /// joins a cluster (membership and reminders in Redis); otherwise it is alone on loopback with reminders in the
    /// SQLite file. Events and grain state live in PostgreSQL with <c>ConnectionStrings:Postgres</c>, otherwise in the data
    /// folder's SQLite file. A <paramref name="coHosted"/> silo (the api's embedded mode) opens no gateway: nothing
    /// outside its process may call its grains; alone, it listens on a free loopback port unless <c>Orleans:SiloPort</c>
    /// names one.
    /// <c>Orleans:Clustering</c> = <c>None</c> leaves clustering to a test host.
    /// </summary>
    public static ISiloBuilder AddResponsibilitySilo(this ISiloBuilder silo, IConfiguration configuration, bool coHosted = false)
    {
        var cluster = ClusterSettings.From(configuration);
        var database = DatabasePath(configuration);
        if (!string.Equals(configuration["Orleans:Clustering"], "None", StringComparison.OrdinalIgnoreCase))
        {
            // A gateway port of 0 is Orleans' way of opening no gateway.
            var gatewayPort = coHosted ? 0 : cluster.GatewayPort;
            if (cluster.Redis is { } redis)
            {
                var address = cluster.AddressForOthers();
                var siloPort = cluster.SiloPort ?? ClusterSettings.DefaultSiloPort;
                EnsureFree(address, siloPort, SiloPortKey);
                silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster.ClusterId, cluster.ServiceId));
                silo.ConfigureEndpoints(address, siloPort, gatewayPort);
                silo.UseRedisClustering(redis);
                silo.UseRedisReminderService(o => o.ConfigurationOptions = ConfigurationOptions.Parse(redis));
                silo.Configure<ClusterMembershipOptions>(Membership.Tune);
            }
            else
            {
                // Alone on loopback, nobody else needs to know the port: a copy embedded in another api beside it takes another.
                var siloPort = cluster.SiloPort ?? (coHosted ? FreeLoopbackPort(WebPorts(configuration)) : ClusterSettings.DefaultSiloPort);
                EnsureFree(IPAddress.Loopback, siloPort, SiloPortKey);
                silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: cluster.ServiceId, clusterId: cluster.ClusterId);
                silo.UseSqliteReminderService(database);
                silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp =>
                    new ReminderServiceUpgrade(database, cluster.ServiceId, sp.GetRequiredService<ILoggerFactory>()));
            }
        }
        else
        {
            silo.UseSqliteReminderService(database);
        }

        if (cluster.Postgres is { } postgres)
        {
            silo.AddPostgresGrainStorage(StorageNames.Main, postgres);
            silo.Services.AddPostgresEventStore(postgres);
            silo.Services.AddPostgresAttachmentStore(postgres);
        }
        else
        {
            silo.AddSqliteGrainStorage(StorageNames.Main, database);
            silo.Services.AddSqliteEventStore(database);
            silo.Services.AddSqliteAttachmentStore(database);
        }

        silo.Services.AddGrainSettings(configuration);
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, EventLogUpgrade>();
        silo.AddCustomStorageBasedLogConsistencyProvider(LogProviders.Events);
        silo.AddActivityPropagation();
        WatchdogStartNoise.HoldBack(silo);
        silo.AddStartupTask<AccountDirectoryUpgrade>();
        // Uploads left unattached expire: one grain sweeps them for the whole cluster on a reminder it registers here.
        silo.AddStartupTask((services, _) => services.GetRequiredService<IGrainFactory>().GetGrain<IAttachmentSweepGrain>(0).Start());
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.TryAddKeyedSingleton(DomainClock.Key, TimeProvider.System);
        return silo;
    }

    public static string DataPath(IConfiguration configuration) =>
        Path.GetFullPath(configuration["Storage:DataPath"] is { Length: > 0 } path ? path : "data");

    public static string DatabasePath(IConfiguration configuration) =>
        Path.Combine(DataPath(configuration), DatabaseFileName);

    /// <summary>
    /// A port the operating system has just left free on loopback, other than the ones the co-hosted web server is about
    /// to listen on: the silo starts first, and a port just probed free by whoever started this process (a test, a
    /// script) is exactly what the system hands out next.
    /// </summary>
    private static int FreeLoopbackPort(IReadOnlySet<int> taken)
    {
        while (true)
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            if (!taken.Contains(port))
            {
                return port;
            }
        }
    }

    /// <summary>The ports in <c>urls</c> (<c>--urls</c>, <c>ASPNETCORE_URLS</c>), or the api's default.</summary>
    public static IReadOnlySet<int> WebPorts(IConfiguration configuration)
    {
        var ports = new HashSet<int>();
        foreach (var url in (configuration["urls"] ?? DefaultWebUrl).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Kestrel accepts "http://*:5000" and "http://+:5000", which Uri does not parse: take the digits after the last colon.
            var colon = url.LastIndexOf(':');
            if (colon >= 0 && int.TryParse(url.AsSpan(colon + 1).TrimEnd('/'), out var port))
            {
                ports.Add(port);
            }
        }

        return ports;
    }

    /// <summary>A second instance on the machine fails here, naming the setting to change, not deep inside Orleans.</summary>
    private static void EnsureFree(IPAddress address, int port, string key)
    {
        try
        {
            using var probe = new TcpListener(address, port);
            probe.Start();
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            throw new InvalidOperationException(
                $"Port {port} on {address} is already in use (another instance?); set {key} " +
                $"(environment variable {key.Replace(":", "__")}) to a free port.", e);
        }
    }
}
