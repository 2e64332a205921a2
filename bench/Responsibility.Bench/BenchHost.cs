namespace Responsibility.Bench;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// The real api with its co-hosted silo and the demo brigade, over a SQLite file in a fresh temp folder,
/// set up as the api tests do. Logs go to stderr so stdout carries only the results.
/// </summary>
public sealed class BenchHost : WebApplicationFactory<Program>
{
    public const string AdminPassword = "bench-admin-2026";

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "responsibility-bench", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(DataPath, "responsibility.db");

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public async Task<HttpClient> SignIn(string username, string password)
    {
        var client = CreateClient();
        client.Timeout = TimeSpan.FromMinutes(5);
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { username, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenBody>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public Task<HttpClient> SignInAsAdmin() => SignIn("admin", AdminPassword);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Orleans:SiloPort", FreePort().ToString());
        builder.UseSetting("Orleans:GatewayPort", FreePort().ToString());
        builder.UseSetting("RESPONSIBILITY_ADMIN_PASSWORD", AdminPassword);
        builder.UseSetting("Demo", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning");
        builder.ConfigureLogging(logging => logging
            .ClearProviders()
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; a temp folder left behind is harmless.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record TokenBody(string AccessToken, int ExpiresIn);
}
