using Npgsql;
using Orleans;
using Orleans.Runtime;
using Responsibility.Storage.Events;

namespace Responsibility.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresDialectTests(PostgresFixture server) : IAsyncLifetime
{
    private string connectionString = "";

    public async Task InitializeAsync() => connectionString = await server.CreateDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SilosStartingTogetherAllCreateTheTablesWithoutAnError()
    {
        var starts = Enumerable.Range(0, 8).SelectMany(_ => new Func<Task>[]
        {
            () => new SqlEventStore(PostgresDialect.Instance, connectionString).EnsureSchemaAsync(),
            () => new SqlReminderTable(connectionString, PostgresDialect.Instance).StartAsync(),
            () => new SqlGrainStorage("main", new SqlGrainStorageOptions { ConnectionString = connectionString }, PostgresDialect.Instance)
                .ReadStateAsync("task", GrainId.Create("task", "a"), new GrainState<SampleTaskState>()),
        });

        await Task.WhenAll(starts.Select(Task.Run));

        Assert.Equal(5L, await ScalarAsync(
            new NpgsqlConnection(connectionString),
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = ANY (ARRAY['grain_state', 'events', 'snapshots', 'summaries', 'reminders'])"));
    }

    [Fact]
    public async Task ConnectionsCommitSynchronouslyWhenTheServerDefaultIsOff()
    {
        var serverDefault = await ScalarAsync(new NpgsqlConnection(connectionString), "SHOW synchronous_commit");

        var ours = await ScalarAsync(await PostgresDialect.Instance.OpenAsync(connectionString), "SHOW synchronous_commit");

        Assert.Equal("off", serverDefault);
        Assert.Equal("on", ours);
    }

    [Fact]
    public async Task OptionsOfTheGivenConnectionStringAreKept()
    {
        var withOptions = new NpgsqlConnectionStringBuilder(connectionString) { Options = "-c statement_timeout=12345" };

        var connection = await PostgresDialect.Instance.OpenAsync(withOptions.ConnectionString);

        Assert.Equal("12345ms", await ScalarAsync(connection, "SHOW statement_timeout"));
    }

    private static async Task<object?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using (connection)
        {
            if (connection.State != System.Data.ConnectionState.Open)
            {
                await connection.OpenAsync();
            }

            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return await command.ExecuteScalarAsync();
        }
    }
}
