using Microsoft.Data.Sqlite;
using Orleans;
using Orleans.Runtime;
using Responsibility.Storage.Events;

namespace Responsibility.Storage.Tests.Copy;

/// <summary>An embedded brigade's data folder, written through the SQLite stores as the silo writes it.</summary>
public sealed class SqliteDataFolder : IDisposable
{
    public const string DatabaseFileName = "responsibility.db";
    public const string ServiceId = "responsibility";
    public const string Scope = "zichuan";
    public static readonly string[] Streams = ["task/a", "task/B", "brigade/zichuan"];
    public static readonly (string StateName, GrainId Grain)[] States =
        [("user", GrainId.Create("user", "fazhi")), ("report", GrainId.Create("report", "zichuan/2026-03"))];

    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.FromHours(8));

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "responsibility-copy-" + Guid.NewGuid().ToString("N"));

    public string ConnectionString => SqliteDialect.ConnectionStringFor(Path.Combine(Folder, DatabaseFileName));

    /// <summary>State rows, interleaved events with snapshots and summaries, reminders, and the key files beside them.</summary>
    public async Task WriteBrigadeAsync()
    {
        await WriteStatesAsync();
        using var events = new SqlEventStore(SqliteDialect.Instance, ConnectionString);
        for (var i = 0; i < 9; i++)
        {
            var stream = Streams[i % 3];
            var version = i / 3 + 1L;
            var payload = $"{{\"value\":{i},\"note\":\"第{i}次 \\\"检查\\\"\"}}";
            await events.AppendAsync(new StreamAppend(
                stream, Scope, version - 1, [new NewEvent("ProgressReported", payload, "fazhi", Start.AddMinutes(i))],
                Snapshot: version == 2 ? new(version, $"{{\"snapshot\":{i}}}") : null,
                Summary: stream.StartsWith("task/", StringComparison.Ordinal) ? new(version, $"{{\"percent\":{i}}}") : null));
        }

        var reminders = new SqlReminderTable(ConnectionString, SqliteDialect.Instance, ServiceId);
        foreach (var name in new[] { "monthly-report", "catch-up" })
        {
            await reminders.UpsertRow(new ReminderEntry
            {
                GrainId = GrainId.Create("schedule", "zichuan"), ReminderName = name,
                StartAt = Start.UtcDateTime, Period = TimeSpan.FromDays(1),
            });
        }

        await File.WriteAllTextAsync(Path.Combine(Folder, "jwt-signing.key"), "not a real key");
        Directory.CreateDirectory(Path.Combine(Folder, "keys"));
    }

    /// <summary>Only grain state: a folder written before the event log, whose upgrade runs where it is opened.</summary>
    public async Task WriteStatesAsync()
    {
        var storage = new SqlGrainStorage("main", new() { ConnectionString = ConnectionString }, SqliteDialect.Instance);
        await storage.WriteStateAsync(States[0].StateName, States[0].Grain, new GrainState<SampleTaskState>(SampleTaskState.Realistic()));
        await storage.WriteStateAsync(States[1].StateName, States[1].Grain, new GrainState<SampleTaskState>(new() { Title = "三月 \"月报\"" }));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
