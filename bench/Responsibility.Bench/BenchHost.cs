namespace Responsibility.Bench;

using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Responsibility.Api.Auth;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;

/// <summary>
/// The real api (its Program, embedded silo and SQLite file) in this process, served by Kestrel on a free port of
/// 127.0.0.1 — real sockets, not TestServer. In-process so the bench can read the silo's heap and seed through grains.
/// A <paramref name="domainClock"/> replaces the grains' clock through the keyed seam the grain tests use.
/// </summary>
public sealed class BenchHost(string dataPath, TimeProvider? domainClock = null) : WebApplicationFactory<Program>
{
    public const string AdminPassword = "lx-bench-admin-7319";

    /// <summary>
    /// Progress:ReportsPerMinute of every api the bench starts: its few unit heads report thousands of times a second,
    /// far past any honest unit, so the per-account limit is raised out of reach rather than turned off (its cost stays
    /// in the figures).
    /// </summary>
    public const string ReportsPerMinute = "1000000000";

    public string DataPath { get; } = dataPath;

    public Uri BaseAddress { get; private set; } = null!;

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public static BenchHost Start(string dataPath, TimeProvider? domainClock = null)
    {
        // WebApplicationFactory finds the api's content root through MvcTestingAppManifest.json in the current folder.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var host = new BenchHost(dataPath, domainClock);
        host.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host.BaseAddress = new Uri(address);
        return host;
    }

    /// <summary>A token as the token endpoint would issue it, without a password check (seeding only).</summary>
    public string Token(UserAccount account) => Services.GetRequiredService<TokenIssuer>().Issue(account).AccessToken;

    public string HashPassword(string username, string password) => Services.GetRequiredService<Passwords>().Hash(username, password);

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // As `dotnet run --project api` runs it.
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Orleans:SiloPort", FreePort().ToString());
        builder.UseSetting("RESPONSIBILITY_ADMIN_PASSWORD", AdminPassword);
        builder.UseSetting("Progress:ReportsPerMinute", ReportsPerMinute);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning");
        builder.ConfigureLogging(logging => logging
            .ClearProviders()
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        if (domainClock is not null)
        {
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAllKeyed<TimeProvider>(DomainClock.Key);
                services.AddKeyedSingleton(DomainClock.Key, domainClock);
            });
        }
    }
}
