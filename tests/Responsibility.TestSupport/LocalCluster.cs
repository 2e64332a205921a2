namespace Responsibility.TestSupport;

/// <summary>
/// A deployment as docs/deployment.md describes it, on 127.0.0.1: a throw-away PostgreSQL and Redis, silo processes
/// and api processes as Orleans clients, all from the built dlls. The cluster tests kill and restart silos in it; the
/// bench measures it.
/// </summary>
public sealed class LocalCluster(LocalClusterOptions options) : IAsyncDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "responsibility-cluster-" + Guid.NewGuid().ToString("N"));
    private readonly PostgresServer postgres = new(options.DurablePostgres);
    private readonly RedisServer redis = new();

    public AppProcess[] Silos { get; } = new AppProcess[options.Silos];

    public AppProcess[] Apis { get; } = new AppProcess[options.Apis];

    /// <summary>The connection string of the deployment's database.</summary>
    public string Postgres { get; private set; } = "";

    public PostgresServer PostgresServer => postgres;

    public RedisServer Redis => redis;

    /// <summary>Starts the servers, then the silos one after another, then the apis (the first seeds the demo if asked).</summary>
    public async Task StartAsync()
    {
        await Task.WhenAll(postgres.StartAsync(), redis.StartAsync());
        Postgres = await postgres.CreateDatabaseAsync();
        for (var i = 0; i < Silos.Length; i++)
        {
            await StartSilo(i);
        }

        for (var i = 0; i < Apis.Length; i++)
        {
            Apis[i] = StartApi(i, demo: options.Demo && i == 0);
            await Apis[i].WaitReady(TimeSpan.FromSeconds(i == 0 ? 90 : 60));
        }
    }

    /// <summary>Starts silo <paramref name="index"/> (again, after a kill) and waits until it is ready.</summary>
    public async Task StartSilo(int index)
    {
        var silo = AppProcess.Start(Built.Dll("silo", "Responsibility.Silo", options.Configuration), $"http://127.0.0.1:{FreePorts.Next()}", Settings(new()
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

    public async ValueTask DisposeAsync()
    {
        foreach (var process in Apis.Concat(Silos).OfType<AppProcess>())
        {
            await process.DisposeAsync();
        }

        await Task.WhenAll(redis.StopAsync(), postgres.StopAsync());
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
            ["RESPONSIBILITY_ADMIN_PASSWORD"] = options.AdminPassword,
            ["Storage__DataPath"] = Path.Combine(folder, $"api{index}"),
        });
        foreach (var (key, value) in options.ApiSettings)
        {
            settings[key] = value;
        }

        if (demo)
        {
            settings["Demo"] = "true";
        }

        return AppProcess.Start(Built.Dll("api", "Responsibility.Api", options.Configuration), $"http://127.0.0.1:{FreePorts.Next()}", settings);
    }

    private Dictionary<string, string> Settings(Dictionary<string, string> own)
    {
        own["ConnectionStrings__Redis"] = redis.ConnectionString;
        own["Orleans__ClusterId"] = options.Name;
        own["Orleans__ServiceId"] = options.Name;
        return own;
    }
}
