namespace Responsibility.Storage;

/// <summary>
/// Every stored state of one kind, read as raw JSON: what an upgrade reads to turn state written by an older
/// version into events. Not for grains at run time — they read their own state through <see cref="SqlGrainStorage"/>.
/// </summary>
public sealed class StateRows(SqlDialect dialect, string connectionString)
{
    public async Task<IReadOnlyList<(string GrainId, string Payload)>> ReadAllAsync(string stateName, CancellationToken cancellationToken = default)
    {
        var rows = new List<(string, string)>();
        dialect.PrepareStore(connectionString);
        await using var connection = await dialect.OpenAsync(connectionString, cancellationToken);
        await using var exists = connection.CreateCommand();
        exists.CommandText = dialect.TableExistsSql(SqlDialect.TableName);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            return rows;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT grain_id, payload FROM {SqlDialect.TableName} WHERE state_name = @state_name";
        command.AddParameter("@state_name", stateName);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }
}
