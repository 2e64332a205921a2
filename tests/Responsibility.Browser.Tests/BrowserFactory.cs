namespace Responsibility.Browser.Tests;

using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

/// <summary>The real api with its embedded silo over SQLite in a temp folder, served by Kestrel on a free port.</summary>
public sealed class BrowserFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "admin-pass-2024";

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "responsibility-browser-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // As `dotnet run --project api` starts it: static files must not depend on Development-only behaviour.
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Orleans:SiloPort", FreePort().ToString());
        builder.UseSetting("Orleans:GatewayPort", FreePort().ToString());
        builder.UseSetting("RESPONSIBILITY_ADMIN_PASSWORD", AdminPassword);
        // Tests sign in from one address, many of them with wrong passwords on purpose: only the tests of the limit meet it.
        builder.UseSetting("Auth:FailedLoginsPerAddress", "1000");
        // A browser's clicks are slow: the wait a test meets after its failures must outlast them.
        builder.UseSetting("Auth:LoginBackOffSeconds", "600");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
