using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Orleans;
using Orleans.Runtime;

namespace Responsibility.Storage.Tests;

public sealed class SqliteDialectTests : IDisposable
{
    private static readonly GrainId Grain = GrainId.Create("task", "abc");
    private readonly SqliteTempDatabase _database = new();

    [Fact]
    public async Task StorageCreatesTheMissingDatabaseFolder()
    {
        Assert.False(Directory.Exists(Path.GetDirectoryName(_database.FilePath)));

        await CreateStorage().WriteStateAsync("task", Grain, new GrainState<SampleTaskState>(new SampleTaskState()));

        Assert.True(File.Exists(_database.FilePath));
    }

    [Fact]
    public async Task DatabaseFileUsesWriteAheadLogging()
    {
        await CreateStorage().ReadStateAsync("task", Grain, new GrainState<SampleTaskState>());

        Assert.Equal("wal", await ScalarAsync(new SqliteConnection(_database.ConnectionString), "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task OpenedConnectionsSyncFullyOnCommit()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database.FilePath)!);

        var connection = await SqliteDialect.Instance.OpenAsync(_database.ConnectionString);

        const long full = 2;
        Assert.Equal(full, await ScalarAsync(connection, "PRAGMA synchronous"));
    }

    [Fact]
    public async Task WriteWaitsSecondsForAnotherWriterInsteadOfFailingBusy()
    {
        var storage = CreateStorage();
        await storage.ReadStateAsync("task", Grain, new GrainState<SampleTaskState>());
        await using var blocker = new SqliteConnection(_database.ConnectionString);
        await blocker.OpenAsync();
        await using var transaction = await blocker.BeginTransactionAsync();
        await using (var lockCommand = blocker.CreateCommand())
        {
            lockCommand.CommandText = "DELETE FROM grain_state";
            await lockCommand.ExecuteNonQueryAsync();
        }

        // Microsoft.Data.Sqlite's async calls run synchronously, so the busy wait would block this thread.
        var write = Task.Run(
            () => storage.WriteStateAsync("task", Grain, new GrainState<SampleTaskState>(new SampleTaskState())));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.False(write.IsCompleted);
        await transaction.CommitAsync();

        await write;
    }

    public void Dispose() => _database.Dispose();

    private SqlGrainStorage CreateStorage() =>
        new(
            "test",
            new SqlGrainStorageOptions { ConnectionString = _database.ConnectionString },
            SqliteDialect.Instance);

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql)
    {
        await using (connection)
        {
            if (connection.State != ConnectionState.Open)
            {
                await connection.OpenAsync();
            }
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return await command.ExecuteScalarAsync();
        }
    }
}
