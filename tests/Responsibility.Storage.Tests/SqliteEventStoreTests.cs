namespace Responsibility.Storage.Tests;

using Responsibility.Storage.Events;

public sealed class SqliteEventStoreTests : EventStoreConformance, IDisposable
{
    private readonly SqliteTempDatabase database = new();

    protected override SqlEventStore CreateStore() => new(SqliteDialect.Instance, database.ConnectionString);

    public void Dispose() => database.Dispose();
}
