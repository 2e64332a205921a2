using Responsibility.Storage.Events;

namespace Responsibility.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresEventStoreTests(PostgresFixture server) : EventStoreConformance, IAsyncLifetime
{
    private string connectionString = "";

    public async Task InitializeAsync() => connectionString = await server.CreateDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected override SqlEventStore CreateStore() => new(PostgresDialect.Instance, connectionString);

    protected override SqlGrainStorage CreateGrainStorage() =>
        new("test", new SqlGrainStorageOptions { ConnectionString = connectionString }, PostgresDialect.Instance);
}
