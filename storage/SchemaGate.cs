namespace Responsibility.Storage;

/// <summary>Creates a table once per instance, at start or before the first statement, whichever comes first.</summary>
internal sealed class SchemaGate(SqlDialect dialect, string connectionString, string createSql)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private volatile bool _ready;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (!_ready)
            {
                dialect.PrepareStore(connectionString);
                await using var connection = await dialect.OpenAsync(connectionString, cancellationToken);
                await using var command = connection.CreateCommand();
                command.CommandText = createSql;
                await command.ExecuteNonQueryAsync(cancellationToken);
                _ready = true;
            }
        }
        finally
        {
            _lock.Release();
        }
    }
}
