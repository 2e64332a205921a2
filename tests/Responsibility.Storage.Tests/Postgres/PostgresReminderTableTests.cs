using Npgsql;

namespace Responsibility.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresReminderTableTests(PostgresFixture server) : ReminderTableConformance, IAsyncLifetime
{
    private string connectionString = "";

    public async Task InitializeAsync() => connectionString = await server.CreateDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected override SqlReminderTable CreateTable(string serviceId = ServiceId) =>
        new(connectionString, PostgresDialect.Instance, serviceId);

    protected override void CloseDatabase() => NpgsqlConnection.ClearAllPools();
}
