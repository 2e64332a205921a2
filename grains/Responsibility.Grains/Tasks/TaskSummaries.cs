namespace Responsibility.Grains.Tasks;

using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Journal;
using Responsibility.Storage.Events;

/// <summary>
/// The stored summaries of a brigade's tasks (each task's latest measure), what a brigade starts its rollups from.
/// Decoding 20,000 of them is most of a cold brigade's start, so it runs on every core, off the caller's turn.
/// </summary>
public static class TaskSummaries
{
    /// <summary>Every task's latest summary, keyed by task stream; a row that cannot be read is left out (derived data).</summary>
    public static async Task<IReadOnlyDictionary<string, TaskSnapshot>> Read(IEventStore events, string brigadeId)
    {
        var rows = (await events.ReadSummariesAsync(brigadeId)).ToArray();
        var decoded = new TaskSnapshot?[rows.Length];
        var parts = Environment.ProcessorCount;
        await Task.WhenAll(Enumerable.Range(0, parts).Select(part => Task.Run(() =>
        {
            for (var i = part; i < rows.Length; i += parts)
            {
                decoded[i] = EventCodec<TaskEvent>.Deserialize<TaskSnapshot>(rows[i].Value.Payload);
            }
        })));
        return rows.Zip(decoded)
            .Where(r => r.Second is not null)
            .ToDictionary(r => r.First.Key, r => r.Second!, StringComparer.Ordinal);
    }
}
