namespace Responsibility.Grains.Tasks;

using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Storage.Events;

/// <summary>
/// A brigade's tasks read straight from the log, for what replays a past date (reports, <c>asOf</c> rollups): one
/// query instead of activating every task grain. Appends are durable before they are acknowledged, so this sees
/// every acknowledged change.
/// </summary>
public static class TaskLog
{
    public static async Task<IReadOnlyList<TaskRecord>> Records(IEventStore events, string brigadeId, IReadOnlySet<string> taskIds)
    {
        var states = new Dictionary<string, TaskState>(StringComparer.Ordinal);
        foreach (var row in await events.ReadScopeAsync(brigadeId, TaskEvent.Stream("")))
        {
            var id = row.StreamId[TaskEvent.Stream("").Length..];
            if (!taskIds.Contains(id))
            {
                continue;
            }

            if (!states.TryGetValue(id, out var state))
            {
                states[id] = state = new TaskState();
            }

            state.Apply(TaskEvent.Codec.Decode(row));
        }

        return states.Values.Select(s => s.Record()).OfType<TaskRecord>().ToList();
    }
}
