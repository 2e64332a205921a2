namespace Responsibility.Cluster.Tests;

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Responsibility.TestSupport;

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}

/// <summary>
/// Two silos and two apis on a throw-away PostgreSQL and Redis (<see cref="LocalCluster"/>); the first api seeds the
/// demo brigade. Tests kill and restart silos.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const string AdminPassword = "cluster-admin-2026";
    public const string DemoPassword = "demo-zichuan";

    private readonly LocalCluster cluster = new(new LocalClusterOptions
    {
        Name = "cluster-tests",
        AdminPassword = AdminPassword,
        Demo = true,
        // The tests send failed logins on purpose, all from 127.0.0.1, and check the wait that follows before it ends; one
        // unit head reports as fast as the cluster answers.
        ApiSettings = new Dictionary<string, string>
        {
            ["Auth__FailedLoginsPerAddress"] = "1000", ["Auth__LoginBackOffSeconds"] = "600", ["Progress__ReportsPerMinute"] = "1000000",
        },
    });

    public AppProcess[] Silos => cluster.Silos;

    public AppProcess[] Apis => cluster.Apis;

    public string Postgres => cluster.Postgres;

    public Task InitializeAsync() => cluster.StartAsync();

    /// <summary>Starts silo <paramref name="index"/> (again, after a kill) and waits until it is ready.</summary>
    public Task StartSilo(int index) => cluster.StartSilo(index);

    /// <summary>An HTTP client of api <paramref name="index"/> signed in as <paramref name="username"/>.</summary>
    public async Task<HttpClient> SignIn(int index, string username, string? password = null)
    {
        var client = new HttpClient { BaseAddress = new Uri(Apis[index].Url), Timeout = TimeSpan.FromSeconds(15) };
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { username, password = password ?? DemoPassword });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task DisposeAsync() => await cluster.DisposeAsync();
}
