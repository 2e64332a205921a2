using Responsibility.Storage.Attachments;
using Responsibility.TestSupport;

namespace Responsibility.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresAttachmentStoreTests(PostgresFixture server) : AttachmentStoreConformance, IAsyncLifetime
{
    private string connectionString = "";

    public async Task InitializeAsync() => connectionString = await server.CreateDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected override SqlAttachmentStore CreateStore() => new(PostgresDialect.Instance, connectionString);
}
