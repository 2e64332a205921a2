using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans;
using Orleans.Runtime;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Responsibility.Storage.Tests;

public sealed class SqliteRegistrationTests : IDisposable
{
    private readonly SqliteTempDatabase _database = new();

    [Fact]
    public async Task RegisteredStorageCreatesItsTableAtSiloStart()
    {
        await using var provider = BuildProvider();
        var storage = provider.GetRequiredKeyedService<IGrainStorage>("main");
        var lifecycle = new SiloLifecycleSubject(NullLogger<SiloLifecycleSubject>.Instance);

        var participant = Assert.Single(provider.GetServices<ILifecycleParticipant<ISiloLifecycle>>());
        participant.Participate(lifecycle);
        await lifecycle.OnStart();

        Assert.Same(storage, participant);
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'grain_state'";
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task RegisteredStorageCreatesMissingStateWithOrleansActivator()
    {
        await using var provider = BuildProvider();
        var state = new GrainState<SampleTaskState>();

        await provider.GetRequiredKeyedService<IGrainStorage>("main")
            .ReadStateAsync("task", GrainId.Create("task", "abc"), state);

        Assert.Equal(MarkingActivatorProvider.Title, state.State?.Title);
    }

    public void Dispose() => _database.Dispose();

    private ServiceProvider BuildProvider()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IActivatorProvider, MarkingActivatorProvider>();
        new TestSiloBuilder(services).AddSqliteGrainStorage("main", _database.FilePath);
        return services.BuildServiceProvider();
    }
}
