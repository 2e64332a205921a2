using Microsoft.Data.Sqlite;
using Orleans;
using Orleans.Runtime;
using Responsibility.Storage.Attachments;
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

    public static readonly (string Id, byte[][] Parts)[] Attachments =
    [
        ("f1", [[.. Enumerable.Range(0, 1024 * 1024).Select(i => (byte)(i * 7))], [0, 1, 2, 255]]),
        ("f2", [[.. "%PDF-1.4 记录"u8]]),
    ];

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

    /// <summary>Two uploads: one of two parts attached to an entry, one of a single part not yet attached.</summary>
    public async Task WriteAttachmentsAsync()
    {
        var store = new SqlAttachmentStore(SqliteDialect.Instance, ConnectionString);
        foreach (var (id, parts) in Attachments)
        {
            for (var i = 0; i < parts.Length; i++)
            {
                await store.WritePartAsync(id, i, parts[i]);
            }

            var digest = (await store.DigestAsync(id))!;
            await store.CompleteAsync(new StoredAttachment(
                id, Scope, $"检查记录 {id}.pdf", "application/pdf", digest.Size, digest.Sha256, digest.Parts, "fazhi", Start));
        }

        await store.AttachAsync(Attachments[0].Id, new AttachmentLink("Task", "task/a", "entry-1", Start.AddHours(1)));
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
