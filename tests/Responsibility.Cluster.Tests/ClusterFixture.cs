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
/// A deployment as docs/deployment.md describes it, on 127.0.0.1: a throw-away PostgreSQL and Redis, two silo processes
/// and two api processes as Orleans clients (the first seeds the demo brigade). Tests kill and restart silos.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const string AdminPassword = "cluster-admin-2026";
    public const string DemoPassword = "demo-zichuan";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "responsibility-cluster-" + Guid.NewGuid().ToString("N"));
    private readonly PostgresServer postgres = new();
    private readonly RedisServer redis = new();

    public AppProcess[] Silos { get; } = new AppProcess[2];

    public AppProcess[] Apis { get; } = new AppProcess[2];

    public string Postgres { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await Task.WhenAll(postgres.InitializeAsync(), redis.InitializeAsync());
        Postgres = await postgres.CreateDatabaseAsync();
        for (var i = 0; i < Silos.Length; i++)
        {
            await StartSilo(i);
        }

        Apis[0] = StartApi(0, demo: true);
        await Apis[0].WaitReady(TimeSpan.FromSeconds(90));
        Apis[1] = StartApi(1, demo: false);
        await Apis[1].WaitReady(TimeSpan.FromSeconds(60));
    }

    /// <summary>Starts silo <paramref name="index"/> (again, after a kill) and waits until it is ready.</summary>
    public async Task StartSilo(int index)
    {
        var silo = AppProcess.Start(Built.Dll("silo", "Responsibility.Silo"), $"http://127.0.0.1:{FreePorts.Next()}", Settings(new()
        {
            ["Orleans__SiloPort"] = FreePorts.Next().ToString(),
            ["Orleans__GatewayPort"] = FreePorts.Next().ToString(),
            ["Orleans__AdvertisedIP"] = "127.0.0.1",
            ["ConnectionStrings__Postgres"] = Postgres,
            ["Storage__DataPath"] = Path.Combine(folder, $"silo{index}-{Guid.NewGuid():N}"),
        }));
        Silos[index] = silo;
        await silo.WaitReady(TimeSpan.FromSeconds(60));
    }

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

    public async Task DisposeAsync()
    {
        foreach (var process in Apis.Concat(Silos).OfType<AppProcess>())
        {
            await process.DisposeAsync();
        }

        await Task.WhenAll(redis.DisposeAsync(), postgres.DisposeAsync());
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private AppProcess StartApi(int index, bool demo)
    {
        var settings = Settings(new()
        {
            ["Orleans__Mode"] = "Client",
            ["RESPONSIBILITY_ADMIN_PASSWORD"] = AdminPassword,
            ["Storage__DataPath"] = Path.Combine(folder, $"api{index}"),
            ["Auth__FailedLoginsPerAddress"] = "1000",
        });
        if (demo)
        {
            settings["Demo"] = "true";
        }

        return AppProcess.Start(Built.Dll("api", "Responsibility.Api"), $"http://127.0.0.1:{FreePorts.Next()}", settings);
    }

    private Dictionary<string, string> Settings(Dictionary<string, string> own)
    {
        own["ConnectionStrings__Redis"] = redis.ConnectionString;
        own["Orleans__ClusterId"] = "cluster-tests";
        own["Orleans__ServiceId"] = "cluster-tests";
        return own;
    }
}
