namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The real api with its embedded silo over a SQLite file in a temp data folder. Each factory gets its own
/// silo ports, so factories may run side by side; a second factory over the same folder is a process restart.
/// </summary>
public sealed class ApiFactory(string? dataPath = null) : WebApplicationFactory<Program>
{
    public const string AdminPassword = "admin-pass-2024";

    public string DataPath { get; } = dataPath ?? Path.Combine(Path.GetTempPath(), "responsibility-api-tests", Guid.NewGuid().ToString("N"));

    public Dictionary<string, string?> Settings { get; } = new();

    /// <summary>Replaces services after the app registered its own, e.g. a login throttle on a clock the test moves.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Orleans:SiloPort", FreePort().ToString());
        builder.UseSetting("Orleans:GatewayPort", FreePort().ToString());
        builder.UseSetting("RESPONSIBILITY_ADMIN_PASSWORD", AdminPassword);
        // Tests sign in from one address, many of them with wrong passwords on purpose: only the tests of the limit meet it.
        builder.UseSetting("Auth:FailedLoginsPerAddress", "1000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (TestServices is not null)
        {
            builder.ConfigureTestServices(TestServices);
        }
    }

    /// <summary>A client signed in as <paramref name="username"/>.</summary>
    public async Task<HttpClient> SignIn(string username, string password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { username, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenBody>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public Task<HttpClient> SignInAsAdmin() => SignIn("admin", AdminPassword);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record TokenBody(string AccessToken, int ExpiresIn);
}
