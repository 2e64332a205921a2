namespace Responsibility.Storage.Copy;

internal enum ColumnKind
{
    Text,
    Integer,
    Instant,
}

internal sealed record CopiedColumn(string Name, ColumnKind Kind);

/// <summary>
/// A table of a brigade's data and the order its rows are compared in: a unique key whose text columns sort by
/// bytes on both sides (SQLite's BINARY, PostgreSQL's "C"), so both databases list the rows alike.
/// </summary>
internal sealed record CopiedTable(string Name, IReadOnlyList<CopiedColumn> Columns, params string[] Key)
{
    private const string Position = "position";

    public static readonly IReadOnlyList<CopiedTable> All =
    [
        new(SqlDialect.TableName,
            [Text("state_name"), Text("grain_id"), Text("etag"), Text("payload"), new("updated_at", ColumnKind.Instant)],
            "state_name", "grain_id"),
        // The position travels with the event: the audit trail keeps its order and its paging cursors.
        new(SqlDialect.EventsTableName,
            [Integer(Position), Text("stream_id"), Integer("sequence"), Text("scope"), Text("kind"), Text("payload"),
                Text("actor"), Text("recorded_at")],
            Position),
        new(SqlDialect.SnapshotsTableName, [Text("stream_id"), Integer("version"), Text("payload")], "stream_id"),
        new(SqlDialect.SummariesTableName,
            [Text("stream_id"), Text("scope"), Integer("version"), Text("payload")], "stream_id"),
        new(SqlDialect.RemindersTableName,
            [Text("service_id"), Text("grain_id"), Text("reminder_name"), Integer("grain_hash"),
                Integer("start_at_ticks"), Integer("period_ticks"), Text("etag")],
            "service_id", "grain_id", "reminder_name"),
    ];

    public IEnumerable<string> ColumnNames => Columns.Select(c => c.Name);

    public string SelectSql(SqlDialect dialect)
    {
        string Named(string column) => column == Position ? $"{dialect.PositionColumn} AS {Position}" : column;
        string Ordered(string column) => column == Position ? dialect.PositionColumn : column;
        return $"SELECT {string.Join(", ", ColumnNames.Select(Named))} FROM {Name} " +
            $"ORDER BY {string.Join(", ", Key.Select(Ordered))}";
    }

    private static CopiedColumn Text(string name) => new(name, ColumnKind.Text);

    private static CopiedColumn Integer(string name) => new(name, ColumnKind.Integer);
}
