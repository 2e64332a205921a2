using System.Text.Json;
using Microsoft.Data.Sqlite;
using Orleans.Runtime;

namespace Responsibility.Storage.Tests;

public sealed class SqliteGrainStorageTests : GrainStorageConformance, IDisposable
{
    private readonly SqliteTempDatabase _database = new();

    protected override SqlGrainStorage CreateStorage(JsonSerializerOptions? json = null) =>
        new(
            "test",
            new SqlGrainStorageOptions { ConnectionString = _database.ConnectionString, Json = json },
            SqliteDialect.Instance);

    protected override async Task<string?> ReadStoredPayloadAsync(string stateName, GrainId grainId)
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM grain_state WHERE state_name = $s AND grain_id = $g";
        command.Parameters.AddWithValue("$s", stateName);
        command.Parameters.AddWithValue("$g", grainId.ToString());
        return await command.ExecuteScalarAsync() as string;
    }

    public void Dispose() => _database.Dispose();
}
