using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Storage;
using Responsibility.Storage.Events;

namespace Responsibility.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresRegistrationTests(PostgresFixture server) : IAsyncLifetime
{
    private static readonly GrainId Grain = GrainId.Create("task", "abc");
    private string connectionString = "";

    public async Task InitializeAsync() => connectionString = await server.CreateDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RegisteredGrainStorageWritesToTheGivenDatabaseAfterCreatingItsTableAtSiloStart()
    {
        var services = new ServiceCollection();
        new TestSiloBuilder(services).AddPostgresGrainStorage("main", connectionString);
        await using var provider = services.BuildServiceProvider();
        var lifecycle = new SiloLifecycleSubject(NullLogger<SiloLifecycleSubject>.Instance);
        Assert.Single(provider.GetServices<ILifecycleParticipant<ISiloLifecycle>>()).Participate(lifecycle);
        await lifecycle.OnStart();

        await provider.GetRequiredKeyedService<IGrainStorage>("main")
            .WriteStateAsync("task", Grain, new GrainState<SampleTaskState>(new() { Title = "registered" }));

        var read = new GrainState<SampleTaskState>();
        await new SqlGrainStorage("check", new() { ConnectionString = connectionString }, PostgresDialect.Instance)
            .ReadStateAsync("task", Grain, read);
        Assert.Equal("registered", read.State?.Title);
    }

    [Fact]
    public async Task RegisteredEventStoreAppendsToTheGivenDatabase()
    {
        var services = new ServiceCollection().AddPostgresEventStore(connectionString);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IEventStore>().AppendAsync(
            new StreamAppend("task/a", "zichuan", 0, [new NewEvent("Defined", "{}", "fazhi", DateTimeOffset.UtcNow)]));

        using var check = new SqlEventStore(PostgresDialect.Instance, connectionString);
        Assert.Equal("Defined", Assert.Single(await check.ReadStreamAsync("task/a")).Kind);
    }

    [Fact]
    public async Task RegisteredReminderServiceKeepsItsRowsInTheGivenDatabase()
    {
        var services = new ServiceCollection();
        services.Configure<ClusterOptions>(options => options.ServiceId = "responsibility");
        new TestSiloBuilder(services).UsePostgresReminderService(connectionString);
        await using var provider = services.BuildServiceProvider();

        var etag = await provider.GetRequiredService<IReminderTable>().UpsertRow(new ReminderEntry
        {
            GrainId = Grain, ReminderName = "close-month", StartAt = DateTime.UtcNow, Period = TimeSpan.FromDays(1),
        });

        var check = new SqlReminderTable(connectionString, PostgresDialect.Instance, "responsibility");
        Assert.Equal(etag, (await check.ReadRow(Grain, "close-month"))?.ETag);
        Assert.Contains(services, service => service.ServiceType == typeof(IReminderService));
    }
}
