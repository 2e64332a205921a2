using System.Collections.Concurrent;
using System.Data.Common;
using Npgsql;

namespace Responsibility.Storage;

/// <summary>
/// PostgreSQL through Npgsql. Payloads stay TEXT (rows read as written; jsonb would reorder keys and respace them),
/// identifiers compare byte by byte like SQLite's, and the event log's position is an identity column.
/// </summary>
public sealed class PostgresDialect : SqlDialect
{
    public static readonly PostgresDialect Instance = new();

    // Any fixed number, the same in every silo: their schema statements then take turns. Advisory locks are per
    // database, so deployments sharing a server do not wait on each other.
    private const long SchemaLockKey = 0x52_65_73_70_6F_6E;
    private const long ImportLockKey = SchemaLockKey + 1;

    // The two-key advisory locks are a space apart from the one-key ones above: this key, then the uploader's hash.
    private const int UploaderLockKey = 0x5570;

    private readonly ConcurrentDictionary<string, string> durable = new();

    private PostgresDialect()
    {
    }

    public override DbConnection CreateConnection(string connectionString) =>
        new NpgsqlConnection(durable.GetOrAdd(connectionString, Durable));

    public override string PositionColumn => "position";

    // Silos starting together each run the upgrade that imports old state rows; the second then finds the streams.
    public override string ImportLockSql => $"SELECT pg_advisory_xact_lock({ImportLockKey})";

    protected override string KeyText => "TEXT COLLATE \"C\"";

    public override string CreateTableSql => Locked(
        $"CREATE TABLE IF NOT EXISTS {TableName} (" +
        $"state_name {KeyText} NOT NULL, grain_id {KeyText} NOT NULL, etag TEXT NOT NULL, payload TEXT NOT NULL, " +
        "updated_at TIMESTAMPTZ NOT NULL, PRIMARY KEY (state_name, grain_id))");

    public override string CreateRemindersTableSql => Locked(base.CreateRemindersTableSql);

    // recorded_at is the same sortable UTC text as in SQLite, so range filters and the copy compare it unchanged.
    public override string CreateEventTablesSql => Locked(
        $"CREATE TABLE IF NOT EXISTS {EventsTableName} (" +
        $"stream_id {KeyText} NOT NULL, sequence BIGINT NOT NULL, scope {KeyText} NOT NULL, kind {KeyText} NOT NULL, " +
        $"payload TEXT NOT NULL, actor {KeyText} NOT NULL, recorded_at {KeyText} NOT NULL, " +
        "position BIGINT GENERATED ALWAYS AS IDENTITY, PRIMARY KEY (stream_id, sequence)); " +
        $"CREATE INDEX IF NOT EXISTS {EventsTableName}_by_scope ON {EventsTableName} (scope, position); " +
        $"CREATE TABLE IF NOT EXISTS {SnapshotsTableName} (" +
        $"stream_id {KeyText} NOT NULL PRIMARY KEY, version BIGINT NOT NULL, payload TEXT NOT NULL); " +
        $"CREATE TABLE IF NOT EXISTS {SummariesTableName} (" +
        $"stream_id {KeyText} NOT NULL PRIMARY KEY, scope {KeyText} NOT NULL, version BIGINT NOT NULL, payload TEXT NOT NULL); " +
        $"CREATE INDEX IF NOT EXISTS {SummariesTableName}_by_scope ON {SummariesTableName} (scope)");

    public override string BinaryColumnType => "BYTEA";

    public override string UploaderLockSql => $"SELECT pg_advisory_xact_lock({UploaderLockKey}, hashtext(@uploaded_by))";

    public override string CreateAttachmentTablesSql => Locked(base.CreateAttachmentTablesSql);

    // Concurrent CREATE TABLE IF NOT EXISTS of the same table can fail on a catalog unique index when several silos
    // start at once; one DO block is one transaction, and the advisory lock is held until it ends.
    private static string Locked(string statements) =>
        $"DO $$ BEGIN PERFORM pg_advisory_xact_lock({SchemaLockKey}); {statements}; END $$";

    // An acknowledged write must be on disk whatever the server's default: the startup option costs no round trip.
    private static string Durable(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = $"{builder.Options} -c synchronous_commit=on".TrimStart();
        return builder.ConnectionString;
    }
}
