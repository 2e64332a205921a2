namespace Responsibility.Storage.Tests;

using Responsibility.Storage.Events;

public sealed class SqliteEventStoreTests : EventStoreConformance, IDisposable
{
    private readonly SqliteTempDatabase database = new();

    protected override SqlEventStore CreateStore() => new(SqliteDialect.Instance, database.ConnectionString);

    protected override SqlGrainStorage CreateGrainStorage() =>
        new("test", new SqlGrainStorageOptions { ConnectionString = database.ConnectionString }, SqliteDialect.Instance);

    public void Dispose() => database.Dispose();
}
