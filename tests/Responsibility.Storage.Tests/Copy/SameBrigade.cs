using Orleans;
using Orleans.Runtime;
using Responsibility.Storage.Events;

namespace Responsibility.Storage.Tests.Copy;

/// <summary>Asserts that the PostgreSQL stores answer what the SQLite stores of a data folder answer.</summary>
public static class SameBrigade
{
    public static async Task AssertAsync(SqliteDataFolder source, string postgres)
    {
        using var sqliteEvents = new SqlEventStore(SqliteDialect.Instance, source.ConnectionString);
        using var postgresEvents = new SqlEventStore(PostgresDialect.Instance, postgres);
        foreach (var stream in SqliteDataFolder.Streams)
        {
            Assert.Equal(await sqliteEvents.ReadStreamAsync(stream), await postgresEvents.ReadStreamAsync(stream));
            Assert.Equal(await sqliteEvents.ReadSnapshotAsync(stream), await postgresEvents.ReadSnapshotAsync(stream));
        }

        Assert.Equal(
            await sqliteEvents.SearchAsync(new EventQuery(SqliteDataFolder.Scope, Limit: 100)),
            await postgresEvents.SearchAsync(new EventQuery(SqliteDataFolder.Scope, Limit: 100)));
        Assert.Equal(
            await sqliteEvents.ReadSummariesAsync(SqliteDataFolder.Scope), await postgresEvents.ReadSummariesAsync(SqliteDataFolder.Scope));

        foreach (var (stateName, grain) in SqliteDataFolder.States)
        {
            var expected = await ReadAsync(source.ConnectionString, SqliteDialect.Instance, stateName, grain);
            var actual = await ReadAsync(postgres, PostgresDialect.Instance, stateName, grain);
            Assert.True(actual.RecordExists);
            Assert.Equal(expected.ETag, actual.ETag);
            Assert.Equivalent(expected.State, actual.State, strict: true);
        }

        Assert.Equal(await RemindersAsync(source.ConnectionString, SqliteDialect.Instance), await RemindersAsync(postgres, PostgresDialect.Instance));
    }

    private static async Task<GrainState<SampleTaskState>> ReadAsync(string connectionString, SqlDialect dialect, string stateName, GrainId grain)
    {
        var state = new GrainState<SampleTaskState>();
        await new SqlGrainStorage("check", new() { ConnectionString = connectionString }, dialect).ReadStateAsync(stateName, grain, state);
        return state;
    }

    private static async Task<List<(string, string, DateTime, TimeSpan, string?)>> RemindersAsync(string connectionString, SqlDialect dialect)
    {
        var rows = await new SqlReminderTable(connectionString, dialect, SqliteDataFolder.ServiceId).ReadRows(0u, 0u);
        return rows.Reminders.Select(r => (r.GrainId.ToString(), r.ReminderName, r.StartAt, r.Period, r.ETag)).Order().ToList();
    }
}
