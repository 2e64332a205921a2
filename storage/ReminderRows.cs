using System.Data.Common;
using Orleans;
using Orleans.Runtime;

namespace Responsibility.Storage;

/// <summary>Maps <see cref="ReminderEntry"/> to and from rows of the reminders table.</summary>
internal static class ReminderRows
{
    public static void AddKey(this DbCommand command, string serviceId, GrainId grainId, string? reminderName = null)
    {
        command.AddParameter("@service_id", serviceId);
        command.AddParameter("@grain_id", grainId.ToString());
        if (reminderName is not null)
        {
            command.AddParameter("@reminder_name", reminderName);
        }
    }

    public static void AddValues(this DbCommand command, ReminderEntry entry, string etag)
    {
        // Npgsql has no mapping for uint, and a long keeps hashes above int.MaxValue positive.
        command.AddParameter("@grain_hash", (long)entry.GrainId.GetUniformHashCode());
        command.AddParameter("@start_at_ticks", ToUtc(entry.StartAt).Ticks);
        command.AddParameter("@period_ticks", entry.Period.Ticks);
        command.AddParameter("@etag", etag);
    }

    public static async Task<List<ReminderEntry>> ReadAllAsync(this DbCommand command, CancellationToken cancellationToken)
    {
        var entries = new List<ReminderEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new ReminderEntry
            {
                GrainId = GrainId.Parse(reader.GetString(0)),
                ReminderName = reader.GetString(1),
                StartAt = new DateTime(reader.GetInt64(2), DateTimeKind.Utc),
                Period = TimeSpan.FromTicks(reader.GetInt64(3)),
                ETag = reader.GetString(4),
            });
        }
        return entries;
    }

    // Orleans creates StartAt from UtcNow and treats an unspecified kind as UTC, so only local times need converting.
    private static DateTime ToUtc(DateTime time) => time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time;
}
