namespace Responsibility.Storage.Events;

using System.Text;

/// <summary>The event log's statements; portable between SQLite (3.24+) and PostgreSQL but for the position column.</summary>
internal sealed class EventSql(SqlDialect dialect)
{
    private const string Events = SqlDialect.EventsTableName;
    private const string Columns = "stream_id, sequence, scope, kind, payload, actor, recorded_at";

    private string Selected => $"{Columns}, {dialect.PositionColumn}";

    // DO NOTHING turns a taken sequence into "0 rows" instead of a provider-specific error.
    public string Insert =>
        $"INSERT INTO {Events} ({Columns}) VALUES (@stream_id, @sequence, @scope, @kind, @payload, @actor, @recorded_at) " +
        "ON CONFLICT DO NOTHING";

    /// <summary>Taken first in an import's transaction where writers do not already exclude each other.</summary>
    public string? ImportLock => dialect.ImportLockSql;

    // An append's first event goes in only while the stream stands at the expected version (0: a new stream): the
    // concurrency check and the insert in one statement, and nothing written when it fails.
    public string InsertNext =>
        $"INSERT INTO {Events} ({Columns}) SELECT @stream_id, @sequence, @scope, @kind, @payload, @actor, @recorded_at " +
        $"WHERE @expected = 0 OR EXISTS (SELECT 1 FROM {Events} WHERE stream_id = @stream_id AND sequence = @expected) " +
        "ON CONFLICT DO NOTHING";

    public string Exists => $"SELECT 1 FROM {Events} WHERE stream_id = @stream_id AND sequence = @sequence";

    public string UpsertSnapshot => Upsert(SqlDialect.SnapshotsTableName, "stream_id, version, payload", "@stream_id, @version, @payload");

    public string UpsertSummary =>
        Upsert(SqlDialect.SummariesTableName, "stream_id, scope, version, payload", "@stream_id, @scope, @version, @payload");

    public string ReadStream =>
        $"SELECT {Selected} FROM {Events} WHERE stream_id = @stream_id AND sequence > @after ORDER BY sequence";

    public string ReadSnapshot => $"SELECT version, payload FROM {SqlDialect.SnapshotsTableName} WHERE stream_id = @stream_id";

    public string ReadSummaries => $"SELECT stream_id, version, payload FROM {SqlDialect.SummariesTableName} WHERE scope = @scope";

    public string ReadScope =>
        $"SELECT {Selected} FROM {Events} WHERE scope = @scope AND substr(stream_id, 1, @prefix_length) = @prefix " +
        "ORDER BY stream_id, sequence";

    public string Search(EventQuery query)
    {
        var sql = new StringBuilder($"SELECT {Selected} FROM {Events} WHERE scope = @scope");
        if (query.From is not null)
        {
            sql.Append(" AND recorded_at >= @from");
        }

        if (query.To is not null)
        {
            sql.Append(" AND recorded_at < @to");
        }

        if (query.Actor is not null)
        {
            sql.Append(" AND actor = @actor");
        }

        if (query.StreamId is not null)
        {
            sql.Append(" AND stream_id = @stream_id");
        }

        if (query.Kind is not null)
        {
            sql.Append(" AND kind = @kind");
        }

        if (query.Before is not null)
        {
            sql.Append($" AND {dialect.PositionColumn} < @before");
        }

        return sql.Append($" ORDER BY {dialect.PositionColumn} DESC LIMIT @limit").ToString();
    }

    // A derived row only moves forward: a late writer of an older version leaves the newer row alone.
    private static string Upsert(string table, string columns, string values) =>
        $"INSERT INTO {table} ({columns}) VALUES ({values}) ON CONFLICT (stream_id) DO UPDATE SET " +
        string.Join(", ", columns.Split(", ").Skip(1).Select(c => $"{c} = excluded.{c}")) +
        $" WHERE excluded.version > {table}.version";
}
