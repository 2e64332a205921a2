using System.Text.Json;
using Npgsql;
using Orleans.Runtime;

namespace Responsibility.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresGrainStorageTests(PostgresFixture server) : GrainStorageConformance, IAsyncLifetime
{
    private string connectionString = "";

    public async Task InitializeAsync() => connectionString = await server.CreateDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected override SqlGrainStorage CreateStorage(JsonSerializerOptions? json = null) =>
        new("test", new SqlGrainStorageOptions { ConnectionString = connectionString, Json = json }, PostgresDialect.Instance);

    protected override async Task<string?> ReadStoredPayloadAsync(string stateName, GrainId grainId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT payload FROM grain_state WHERE state_name = $1 AND grain_id = $2", connection)
        {
            Parameters = { new() { Value = stateName }, new() { Value = grainId.ToString() } },
        };
        return await command.ExecuteScalarAsync() as string;
    }
}
