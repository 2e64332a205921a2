namespace Responsibility.Storage.Tests;

using Microsoft.Data.Sqlite;
using Responsibility.Storage.Attachments;

public sealed class SqliteAttachmentStoreTests : AttachmentStoreConformance, IDisposable
{
    private readonly SqliteTempDatabase database = new();

    protected override SqlAttachmentStore CreateStore() => new(SqliteDialect.Instance, database.ConnectionString);

    [Fact]
    public async Task TablesMadeBeforeTheUnattachedIndexGetItAtStartAndKeepTheirRows()
    {
        // The tables as the version before the upload quota and sweep made them, with one upload waiting.
        SqliteDialect.Instance.PrepareStore(database.ConnectionString);
        await using (var old = new SqliteConnection(database.ConnectionString))
        {
            await old.OpenAsync();
            await using var create = old.CreateCommand();
            create.CommandText =
                "CREATE TABLE attachments (id TEXT NOT NULL PRIMARY KEY, scope TEXT NOT NULL, file_name TEXT NOT NULL, " +
                "content_type TEXT NOT NULL, size BIGINT NOT NULL, sha256 TEXT NOT NULL, parts INTEGER NOT NULL, uploaded_by TEXT NOT NULL, " +
                "uploaded_at TEXT NOT NULL, owner_kind TEXT, owner_id TEXT, owner_part TEXT, attached_at TEXT); " +
                "CREATE TABLE attachment_parts (attachment_id TEXT NOT NULL, part INTEGER NOT NULL, data BLOB NOT NULL, " +
                "PRIMARY KEY (attachment_id, part)); " +
                "INSERT INTO attachments VALUES ('a1', 'zichuan', '记录.pdf', 'application/pdf', 3, 'abc', 1, 'fazhi', " +
                "'2026-03-01T08:00:00.0000000Z', NULL, NULL, NULL, NULL); " +
                "INSERT INTO attachment_parts VALUES ('a1', 0, x'010203')";
            await create.ExecuteNonQueryAsync();
        }

        var store = CreateStore();
        var read = await store.ReadAsync("a1");

        Assert.Equal(("记录.pdf", 3L), (read!.FileName, read.Size));
        await using var check = new SqliteConnection(database.ConnectionString);
        await check.OpenAsync();
        await using var index = check.CreateCommand();
        index.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'attachments_unattached'";
        Assert.Equal(1L, await index.ExecuteScalarAsync());
    }

    public void Dispose() => database.Dispose();
}
