using System.Data.Common;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Responsibility.Storage;

/// <summary>Orleans reminder table keeping one row per (service, grain, reminder name) in a SQL table.</summary>
public sealed class SqlReminderTable : IReminderTable
{
    private readonly string _connectionString;
    private readonly SqlDialect _dialect;
    private readonly string _serviceId;
    private readonly WriteGate _writes;
    private readonly SchemaGate _schema;

    public SqlReminderTable(string connectionString, SqlDialect dialect, string serviceId = ClusterOptions.DefaultServiceId)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        ArgumentException.ThrowIfNullOrEmpty(serviceId);
        _connectionString = connectionString;
        _dialect = dialect;
        _serviceId = serviceId;
        _writes = new WriteGate(dialect.SingleWriter);
        _schema = new SchemaGate(dialect, connectionString, dialect.CreateRemindersTableSql);
    }

    // The reminder service calls the overloads taking a token; the others forward to them.
    public Task StartAsync(CancellationToken cancellationToken = default) => _schema.EnsureAsync(cancellationToken);

    public Task Init() => StartAsync(CancellationToken.None);

    public Task<ReminderTableData> ReadRows(GrainId grainId) => ReadRows(grainId, CancellationToken.None);

    public async Task<ReminderTableData> ReadRows(GrainId grainId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, ReminderSql.SelectByGrain);
        command.AddKey(_serviceId, grainId);
        return new ReminderTableData(await command.ReadAllAsync(cancellationToken));
    }

    public Task<ReminderTableData> ReadRows(uint begin, uint end) => ReadRows(begin, end, CancellationToken.None);

    public async Task<ReminderTableData> ReadRows(uint begin, uint end, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command =
            Command(connection, begin < end ? ReminderSql.SelectHashRange : ReminderSql.SelectHashWrapped);
        command.AddParameter("@service_id", _serviceId);
        command.AddParameter("@begin", (long)begin);
        command.AddParameter("@end", (long)end);
        return new ReminderTableData(await command.ReadAllAsync(cancellationToken));
    }

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) =>
        ReadRow(grainId, reminderName, CancellationToken.None);

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, ReminderSql.SelectOne);
        command.AddKey(_serviceId, grainId, reminderName);
        var entries = await command.ReadAllAsync(cancellationToken);
        return entries.Count == 0 ? null : entries[0];
    }

    public Task<string?> UpsertRow(ReminderEntry entry) => UpsertRow(entry, CancellationToken.None);

    public async Task<string?> UpsertRow(ReminderEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var etag = Guid.NewGuid().ToString("N");
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, ReminderSql.Upsert);
        command.AddKey(_serviceId, entry.GrainId, entry.ReminderName);
        command.AddValues(entry, etag);
        await _writes.ExecuteAsync(command);
        return etag;
    }

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) =>
        RemoveRow(grainId, reminderName, eTag, CancellationToken.None);

    public async Task<bool> RemoveRow(
        GrainId grainId, string reminderName, string eTag, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, ReminderSql.Delete);
        command.AddKey(_serviceId, grainId, reminderName);
        command.AddParameter("@etag", eTag);
        return await _writes.ExecuteAsync(command) > 0;
    }

    /// <summary>
    /// Moves reminders stored under earlier service ids to <paramref name="serviceId"/>, where none of the same grain and
    /// name exists yet (an upgrade's step: reminders are read per service id). Answers how many moved.
    /// </summary>
    public static async Task<int> AdoptAsync(
        SqlDialect dialect, string connectionString, string[] earlierServiceIds, string serviceId, CancellationToken cancellationToken)
    {
        await new SchemaGate(dialect, connectionString, dialect.CreateRemindersTableSql).EnsureAsync(cancellationToken);
        await using var connection = await dialect.OpenAsync(connectionString, cancellationToken);
        var moved = 0;
        foreach (var earlier in earlierServiceIds)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = ReminderSql.Adopt;
            command.AddParameter("@service_id", serviceId);
            command.AddParameter("@earlier_service_id", earlier);
            moved += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return moved;
    }

    public Task TestOnlyClearTable() => TestOnlyClearTable(CancellationToken.None);

    public async Task TestOnlyClearTable(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, ReminderSql.DeleteAll);
        command.AddParameter("@service_id", _serviceId);
        await _writes.ExecuteAsync(command);
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        // Lazy as well as at start, so the table also works when used outside a silo.
        await _schema.EnsureAsync(cancellationToken);
        return await _dialect.OpenAsync(_connectionString, cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
