namespace Responsibility.Storage.Tests;

using Responsibility.Storage.Attachments;

public sealed class SqliteAttachmentStoreTests : AttachmentStoreConformance, IDisposable
{
    private readonly SqliteTempDatabase database = new();

    protected override SqlAttachmentStore CreateStore() => new(SqliteDialect.Instance, database.ConnectionString);

    public void Dispose() => database.Dispose();
}
