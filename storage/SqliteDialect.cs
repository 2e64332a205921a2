using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Responsibility.Storage;

public sealed class SqliteDialect : SqlDialect
{
    public static readonly SqliteDialect Instance = new();

    // Microsoft.Data.Sqlite retries SQLITE_BUSY (sleeping, synchronously) until a command's timeout, so this is the
    // busy timeout; below Orleans' 30 s response timeout so a stuck write fails before the grain call does.
    public const int BusyTimeoutSeconds = 10;

    public static string ConnectionStringFor(string databasePath) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(databasePath),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = BusyTimeoutSeconds,
        }.ToString();

    // Queueing in-process writers avoids the busy retry loop, which sleeps on a thread-pool thread.
    public override bool SingleWriter => true;

    public override DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    // journal_mode is stored in the database file, so setting it once at creation is enough.
    public override string CreateTableSql =>
        "PRAGMA journal_mode = WAL; " +
        $"CREATE TABLE IF NOT EXISTS {TableName} (" +
        "state_name TEXT NOT NULL, grain_id TEXT NOT NULL, etag TEXT NOT NULL, payload TEXT NOT NULL, " +
        "updated_at TEXT NOT NULL, PRIMARY KEY (state_name, grain_id)) WITHOUT ROWID";

    // Reminders may be the first thing to touch the file, so they switch it to WAL as well.
    public override string CreateRemindersTableSql => "PRAGMA journal_mode = WAL; " + base.CreateRemindersTableSql;

    public override string CreateAttachmentTablesSql => "PRAGMA journal_mode = WAL; " + base.CreateAttachmentTablesSql;

    public override string PositionColumn => "rowid";

    // A rowid table: the rowid is the store-wide position, and the scope index is ordered by it for paging.
    public override string CreateEventTablesSql =>
        "PRAGMA journal_mode = WAL; " +
        $"CREATE TABLE IF NOT EXISTS {EventsTableName} (" +
        "stream_id TEXT NOT NULL, sequence INTEGER NOT NULL, scope TEXT NOT NULL, kind TEXT NOT NULL, " +
        "payload TEXT NOT NULL, actor TEXT NOT NULL, recorded_at TEXT NOT NULL, PRIMARY KEY (stream_id, sequence)); " +
        $"CREATE INDEX IF NOT EXISTS {EventsTableName}_by_scope ON {EventsTableName} (scope); " +
        $"CREATE TABLE IF NOT EXISTS {SnapshotsTableName} (" +
        "stream_id TEXT NOT NULL PRIMARY KEY, version INTEGER NOT NULL, payload TEXT NOT NULL) WITHOUT ROWID; " +
        $"CREATE TABLE IF NOT EXISTS {SummariesTableName} (" +
        "stream_id TEXT NOT NULL PRIMARY KEY, scope TEXT NOT NULL, version INTEGER NOT NULL, payload TEXT NOT NULL) WITHOUT ROWID; " +
        $"CREATE INDEX IF NOT EXISTS {SummariesTableName}_by_scope ON {SummariesTableName} (scope)";

    // synchronous is per connection; FULL makes an acknowledged WAL commit survive power loss, not only a crash.
    public override string ConnectionSetupSql => "PRAGMA synchronous = FULL";

    public override void PrepareStore(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return;
        }
        var file = Path.GetFullPath(dataSource);
        var folder = Path.GetDirectoryName(file);
        if (!string.IsNullOrEmpty(folder))
        {
            PrivateFiles.EnsureFolder(folder, marker: Path.GetFileName(file));
        }

        // SQLite gives its -wal and -shm files the database file's mode, so creating it 0600 covers them too.
        PrivateFiles.EnsureFile(file);
        PrivateFiles.Restrict(file + "-wal");
        PrivateFiles.Restrict(file + "-shm");
    }
}
