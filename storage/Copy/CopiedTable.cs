namespace Responsibility.Storage.Copy;

internal enum ColumnKind
{
    Text,
    Integer,

    /// <summary>An INTEGER column, 32 bits in PostgreSQL: binary COPY wants the exact width.</summary>
    Int32,
    Instant,
    Bytes,
}

internal sealed record CopiedColumn(string Name, ColumnKind Kind, bool Nullable = false);

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
        // Uploaded files (佐证材料): the record, then the bytes part by part.
        new(SqlDialect.AttachmentsTableName,
            [Text("id"), Text("scope"), Text("file_name"), Text("content_type"), Integer("size"), Text("sha256"),
                new("parts", ColumnKind.Int32), Text("uploaded_by"), Text("uploaded_at"), Text("owner_kind", nullable: true),
                Text("owner_id", nullable: true), Text("owner_part", nullable: true), Text("attached_at", nullable: true)],
            "id"),
        new(SqlDialect.AttachmentPartsTableName,
            [Text("attachment_id"), new("part", ColumnKind.Int32), new("data", ColumnKind.Bytes)],
            "attachment_id", "part"),
    ];

    public IEnumerable<string> ColumnNames => Columns.Select(c => c.Name);

    public string SelectSql(SqlDialect dialect)
    {
        string Named(string column) => column == Position ? $"{dialect.PositionColumn} AS {Position}" : column;
        string Ordered(string column) => column == Position ? dialect.PositionColumn : column;
        return $"SELECT {string.Join(", ", ColumnNames.Select(Named))} FROM {Name} " +
            $"ORDER BY {string.Join(", ", Key.Select(Ordered))}";
    }

    private static CopiedColumn Text(string name, bool nullable = false) => new(name, ColumnKind.Text, nullable);

    private static CopiedColumn Integer(string name) => new(name, ColumnKind.Integer);
}
