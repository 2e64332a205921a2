using Microsoft.Data.Sqlite;

namespace Responsibility.Storage.Tests;

public sealed class SqliteReminderTableTests : ReminderTableConformance, IDisposable
{
    private readonly SqliteTempDatabase _database = new();

    protected override SqlReminderTable CreateTable(string serviceId = ServiceId) =>
        new(_database.ConnectionString, SqliteDialect.Instance, serviceId);

    protected override void CloseDatabase() => SqliteConnection.ClearAllPools();

    [Fact]
    public async Task StartCreatesTheFolderAndAWriteAheadLoggedTable()
    {
        await CreateTable().StartAsync(CancellationToken.None);

        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
        Assert.Equal(
            1L, await ScalarAsync(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'reminders'"));
    }

    public void Dispose() => _database.Dispose();

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
