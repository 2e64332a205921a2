using System.Data.Common;

namespace Responsibility.Storage;

/// <summary>What differs between databases; the SQL defaults are portable (SQLite and PostgreSQL).</summary>
public abstract class SqlDialect
{
    public const string TableName = "grain_state";

    public const string RemindersTableName = "reminders";

    public abstract DbConnection CreateConnection(string connectionString);

    public abstract string CreateTableSql { get; }

    /// <summary>Statements run on every opened connection (e.g. pragmas that are not stored in the database).</summary>
    public virtual string? ConnectionSetupSql => null;

    /// <summary>True when the database takes one writer at a time; writes from here then queue in memory.</summary>
    public virtual bool SingleWriter => false;

    /// <summary>Runs once before the table is created, e.g. to create the folder of a database file.</summary>
    public virtual void PrepareStore(string connectionString)
    {
    }

    /// <summary>The type of identifier columns: text compared byte by byte, as SQLite's default BINARY does.</summary>
    protected virtual string KeyText => "TEXT";

    // The hash is a uint; BIGINT holds all of it, so range queries compare the numbers the ring compares.
    public virtual string CreateRemindersTableSql =>
        $"CREATE TABLE IF NOT EXISTS {RemindersTableName} (" +
        $"service_id {KeyText} NOT NULL, grain_id {KeyText} NOT NULL, reminder_name {KeyText} NOT NULL, grain_hash BIGINT NOT NULL, " +
        "start_at_ticks BIGINT NOT NULL, period_ticks BIGINT NOT NULL, etag TEXT NOT NULL, " +
        "PRIMARY KEY (service_id, grain_id, reminder_name)); " +
        $"CREATE INDEX IF NOT EXISTS {RemindersTableName}_by_hash ON {RemindersTableName} (service_id, grain_hash)";

    public virtual string SelectSql =>
        $"SELECT etag, payload FROM {TableName} WHERE state_name = @state_name AND grain_id = @grain_id";

    public virtual string SelectAllSql =>
        $"SELECT grain_id, payload FROM {TableName} WHERE state_name = @state_name";

    public virtual string SelectETagSql =>
        $"SELECT etag FROM {TableName} WHERE state_name = @state_name AND grain_id = @grain_id";

    // ON CONFLICT DO NOTHING turns a duplicate into "0 rows affected" so no provider-specific error codes are needed.
    public virtual string InsertSql =>
        $"INSERT INTO {TableName} (state_name, grain_id, etag, payload, updated_at) " +
        "VALUES (@state_name, @grain_id, @new_etag, @payload, @updated_at) ON CONFLICT DO NOTHING";

    public virtual string UpdateSql =>
        $"UPDATE {TableName} SET etag = @new_etag, payload = @payload, updated_at = @updated_at " +
        "WHERE state_name = @state_name AND grain_id = @grain_id AND etag = @etag";

    public virtual string DeleteSql =>
        $"DELETE FROM {TableName} WHERE state_name = @state_name AND grain_id = @grain_id AND etag = @etag";

    public const string EventsTableName = "events";
    public const string SnapshotsTableName = "snapshots";
    public const string SummariesTableName = "summaries";

    /// <summary>The column that orders every event of the store (SQLite: the implicit rowid).</summary>
    public abstract string PositionColumn { get; }

    /// <summary>The event log and its derived rows; idempotent.</summary>
    public abstract string CreateEventTablesSql { get; }

    public const string AttachmentsTableName = "attachments";
    public const string AttachmentPartsTableName = "attachment_parts";

    /// <summary>The column type of raw bytes (SQLite: BLOB; PostgreSQL: BYTEA).</summary>
    public virtual string BinaryColumnType => "BLOB";

    /// <summary>
    /// Uploaded files: one row per completed upload, its bytes in parts of bounded size (a row never holds a whole
    /// large file, so neither a write nor a read needs it in memory at once); idempotent.
    /// </summary>
    public virtual string CreateAttachmentTablesSql =>
        $"CREATE TABLE IF NOT EXISTS {AttachmentsTableName} (" +
        $"id {KeyText} NOT NULL PRIMARY KEY, scope TEXT NOT NULL, file_name TEXT NOT NULL, content_type TEXT NOT NULL, " +
        "size BIGINT NOT NULL, sha256 TEXT NOT NULL, parts INTEGER NOT NULL, uploaded_by TEXT NOT NULL, uploaded_at TEXT NOT NULL, " +
        "owner_kind TEXT, owner_id TEXT, owner_part TEXT, attached_at TEXT); " +
        $"CREATE TABLE IF NOT EXISTS {AttachmentPartsTableName} (" +
        $"attachment_id {KeyText} NOT NULL, part INTEGER NOT NULL, data {BinaryColumnType} NOT NULL, PRIMARY KEY (attachment_id, part)); " +
        // The few uploads not yet attached, for the quota and the sweep; a database made before it gets it at start.
        $"CREATE INDEX IF NOT EXISTS {AttachmentsTableName}_unattached ON {AttachmentsTableName} (uploaded_by, uploaded_at) " +
        "WHERE owner_kind IS NULL";

    /// <summary>
    /// A statement that makes one uploader's completions (parameter <c>@uploaded_by</c>) take turns within their
    /// transactions, so each quota check sees what the one before committed; null where <see cref="BeginWrite"/>
    /// already excludes other writers.
    /// </summary>
    public virtual string? UploaderLockSql => null;

    /// <summary>Opens a transaction that takes the write lock at once (SQLite: BEGIN IMMEDIATE).</summary>
    public virtual DbTransaction BeginWrite(DbConnection connection) => connection.BeginTransaction();

    /// <summary>
    /// A statement that makes imports of several processes take turns, so each sees what the one before committed;
    /// null where <see cref="BeginWrite"/> already excludes other writers.
    /// </summary>
    public virtual string? ImportLockSql => null;

    public async Task<DbConnection> OpenAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var connection = CreateConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (ConnectionSetupSql is { } setup)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = setup;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
