namespace Responsibility.Storage.Events;

using System.Data.Common;

/// <summary>The event log over one SQL database: appends through <see cref="GroupCommit"/>, reads on pooled connections.</summary>
public sealed class SqlEventStore : IEventStore, IDisposable
{
    private readonly SqlDialect dialect;
    private readonly string connectionString;
    private readonly EventSql sql;
    private readonly SchemaGate schema;
    private readonly GroupCommit commits;

    public SqlEventStore(SqlDialect dialect, string connectionString)
    {
        this.dialect = dialect;
        this.connectionString = connectionString;
        sql = new EventSql(dialect);
        schema = new SchemaGate(dialect, connectionString, dialect.CreateEventTablesSql);
        commits = new GroupCommit(dialect, connectionString, sql, () => schema.EnsureAsync(CancellationToken.None).GetAwaiter().GetResult());
    }

    /// <summary>Transactions committed so far: fewer than appends when appends arrive together.</summary>
    public long Commits => commits.Commits;

    public Task EnsureSchemaAsync(CancellationToken cancellationToken = default) => schema.EnsureAsync(cancellationToken);

    public async Task<bool> AppendAsync(StreamAppend append, CancellationToken cancellationToken = default)
    {
        if (append.Events.Count == 0)
        {
            return true;
        }

        // The span covers the wait for the group's commit, which runs on the writer thread outside this trace.
        using var activity = StorageTelemetry.Source.StartActivity("event-log append");
        activity?.SetTag("responsibility.stream", append.StreamId);
        activity?.SetTag("responsibility.events", append.Events.Count);
        return await commits.Enqueue(append, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(
        string streamId, long afterVersion = 0, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql.ReadStream, ("@stream_id", streamId), ("@after", afterVersion));
        return await ReadEvents(command, cancellationToken);
    }

    public async Task<DerivedRow?> ReadSnapshotAsync(string streamId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql.ReadSnapshot, ("@stream_id", streamId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new DerivedRow(reader.GetInt64(0), reader.GetString(1)) : null;
    }

    public async Task<IReadOnlyDictionary<string, DerivedRow>> ReadSummariesAsync(
        string scope, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql.ReadSummaries, ("@scope", scope));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var summaries = new Dictionary<string, DerivedRow>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            summaries[reader.GetString(0)] = new DerivedRow(reader.GetInt64(1), reader.GetString(2));
        }

        return summaries;
    }

    public async Task<IReadOnlyList<StoredEvent>> ReadScopeAsync(
        string scope, string streamPrefix, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(
            connection, sql.ReadScope, ("@scope", scope), ("@prefix", streamPrefix), ("@prefix_length", streamPrefix.Length));
        return await ReadEvents(command, cancellationToken);
    }

    public Task ImportAsync(
        IReadOnlyList<StreamAppend> streams, IReadOnlyList<RetiredState> retired, CancellationToken cancellationToken = default) =>
        commits.Import(streams, retired, cancellationToken);

    public async Task<IReadOnlyList<StoredEvent>> SearchAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql.Search(query), ("@scope", query.Scope), ("@limit", query.Limit));
        Add(command, "@from", query.From is { } from ? EventTimes.Write(from) : null);
        Add(command, "@to", query.To is { } to ? EventTimes.Write(to) : null);
        Add(command, "@actor", query.Actor);
        Add(command, "@stream_id", query.StreamId);
        Add(command, "@kind", query.Kind);
        Add(command, "@before", query.Before);
        return await ReadEvents(command, cancellationToken);
    }

    public void Dispose() => commits.Dispose();

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await schema.EnsureAsync(cancellationToken);
        return await dialect.OpenAsync(connectionString, cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, string text, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        foreach (var (name, value) in parameters)
        {
            Add(command, name, value);
        }

        return command;
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        if (value is null || !command.CommandText.Contains(name, StringComparison.Ordinal))
        {
            return;
        }

        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static async Task<IReadOnlyList<StoredEvent>> ReadEvents(DbCommand command, CancellationToken cancellationToken)
    {
        var events = new List<StoredEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new StoredEvent(
                reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), EventTimes.Read(reader.GetString(6)), reader.GetInt64(7)));
        }

        return events;
    }
}
