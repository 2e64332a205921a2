using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Orleans.Runtime;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Responsibility.Storage;

/// <summary>Orleans grain storage keeping one JSON row per (state name, grain id) in a SQL table.</summary>
public sealed class SqlGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private readonly string _name;
    private readonly string _connectionString;
    private readonly SqlDialect _dialect;
    private readonly JsonSerializerOptions _json;
    private readonly IActivatorProvider? _activators;
    private readonly WriteGate _writes;
    private readonly SemaphoreSlim _tableLock = new(1, 1);
    private volatile bool _tableReady;

    public SqlGrainStorage(
        string name, SqlGrainStorageOptions options, SqlDialect dialect, IActivatorProvider? activatorProvider = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(options.ConnectionString, nameof(options.ConnectionString));
        _name = name;
        _connectionString = options.ConnectionString;
        _dialect = dialect;
        _json = options.Json ?? SqlGrainStorageOptions.DefaultJson();
        _activators = activatorProvider;
        _writes = new WriteGate(dialect.SingleWriter);
    }

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(
            $"{nameof(SqlGrainStorage)}-{_name}", ServiceLifecycleStage.ApplicationServices, EnsureTableAsync);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand(_dialect.SelectSql, stateName, grainId);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            Reset(grainState);
            return;
        }

        var etag = reader.GetString(0);
        var state = JsonSerializer.Deserialize(reader.GetString(1), typeof(T), _json);
        grainState.State = state is null ? NewState<T>() : (T)state;
        grainState.ETag = etag;
        grainState.RecordExists = true;
    }

    /// <summary>
    /// Every stored state of one name, as its grains would read it: for start-up upgrades that must see rows no
    /// grain has loaded (e.g. accounts saved before their brigade's directory existed).
    /// </summary>
    public async IAsyncEnumerable<(GrainId GrainId, T State)> ReadAllAsync<T>(
        string stateName, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = _dialect.SelectAllSql;
        command.AddParameter("@state_name", stateName);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (JsonSerializer.Deserialize(reader.GetString(1), typeof(T), _json) is T state)
            {
                yield return (GrainId.Parse(reader.GetString(0)), state);
            }
        }
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        using var activity = StorageTelemetry.Source.StartActivity("grain-state write");
        activity?.SetTag("responsibility.state", stateName);
        var newETag = Guid.NewGuid().ToString("N");
        var payload = JsonSerializer.Serialize(grainState.State, typeof(T), _json);
        var insert = grainState.ETag is null;

        await using var connection = await OpenAsync();
        var sql = insert ? _dialect.InsertSql : _dialect.UpdateSql;
        await using var command = connection.CreateCommand(sql, stateName, grainId);
        if (!insert)
        {
            command.AddParameter("@etag", grainState.ETag);
        }
        command.AddParameter("@new_etag", newETag);
        command.AddParameter("@payload", payload);
        command.AddParameter("@updated_at", DateTimeOffset.UtcNow);

        if (await _writes.ExecuteAsync(command) == 0)
        {
            throw await ConflictAsync(connection, "write", stateName, grainId, grainState.ETag);
        }
        grainState.ETag = newETag;
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var connection = await OpenAsync();
        if (grainState.ETag is null)
        {
            // Nothing to delete, but a row written by someone else means our view is stale.
            if (await connection.ReadETagAsync(_dialect.SelectETagSql, stateName, grainId) is not null)
            {
                throw await ConflictAsync(connection, "clear", stateName, grainId, null);
            }
        }
        else
        {
            await using var command = connection.CreateCommand(_dialect.DeleteSql, stateName, grainId);
            command.AddParameter("@etag", grainState.ETag);
            if (await _writes.ExecuteAsync(command) == 0)
            {
                throw await ConflictAsync(connection, "clear", stateName, grainId, grainState.ETag);
            }
        }
        Reset(grainState);
    }

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (_tableReady)
        {
            return;
        }
        await _tableLock.WaitAsync(cancellationToken);
        try
        {
            if (!_tableReady)
            {
                _dialect.PrepareStore(_connectionString);
                await using var connection = await _dialect.OpenAsync(_connectionString, cancellationToken);
                await using var command = connection.CreateCommand();
                command.CommandText = _dialect.CreateTableSql;
                await command.ExecuteNonQueryAsync(cancellationToken);
                _tableReady = true;
            }
        }
        finally
        {
            _tableLock.Release();
        }
    }

    private async Task<DbConnection> OpenAsync()
    {
        // Lazy as well as at silo start, so the storage also works when used outside a silo.
        await EnsureTableAsync(CancellationToken.None);
        return await _dialect.OpenAsync(_connectionString);
    }

    private async Task<InconsistentStateException> ConflictAsync(
        DbConnection connection, string operation, string stateName, GrainId grainId, string? currentETag)
    {
        var storedETag = await connection.ReadETagAsync(_dialect.SelectETagSql, stateName, grainId);
        return new InconsistentStateException(
            $"Storage '{_name}' refused to {operation} '{stateName}' of {grainId}: " +
            $"stored ETag '{storedETag ?? "(none)"}', given ETag '{currentETag ?? "(none)"}'.",
            storedETag,
            currentETag);
    }

    private void Reset<T>(IGrainState<T> grainState)
    {
        grainState.State = NewState<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    /// <summary>Readiness: the database answers and the state table is there.</summary>
    public async Task CheckAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dialect.OpenAsync(_connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {SqlDialect.TableName} WHERE 1 = 0";
        await command.ExecuteScalarAsync(cancellationToken);
    }

    private T NewState<T>() =>
        _activators is null ? Activator.CreateInstance<T>() : _activators.GetActivator<T>().Create();
}
