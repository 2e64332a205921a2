namespace Responsibility.Grains.Supervision;

using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Storage.Events;

/// <summary>
/// A brigade's instructions and meetings read straight from the log: for the 督办台账 when it wakes and for reports, which
/// replay them to a past date. Appends are durable before they are acknowledged, so this sees every acknowledged step.
/// </summary>
public static class SupervisionLog
{
    public static async Task<IReadOnlyList<InstructionRecord>> Instructions(IEventStore events, string brigadeId) =>
        Replay<InstructionState, InstructionEvent>(
            await events.ReadScopeAsync(brigadeId, InstructionEvent.Stream("")), InstructionEvent.Codec.Decode, (s, e) => s.Apply(e))
        .Select(s => s.Record()).OfType<InstructionRecord>().ToList();

    public static async Task<IReadOnlyList<MeetingRecord>> Meetings(IEventStore events, string brigadeId) =>
        Replay<MeetingState, MeetingEvent>(
            await events.ReadScopeAsync(brigadeId, MeetingEvent.Stream("")), MeetingEvent.Codec.Decode, (s, e) => s.Apply(e))
        .Select(s => s.Record()).OfType<MeetingRecord>().ToList();

    /// <summary>Each stream of <paramref name="rows"/> replayed into its own state.</summary>
    internal static IEnumerable<TState> Replay<TState, TEvent>(
        IReadOnlyList<StoredEvent> rows, Func<StoredEvent, TEvent> decode, Action<TState, TEvent> apply)
        where TState : new()
    {
        var states = new Dictionary<string, TState>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!states.TryGetValue(row.StreamId, out var state))
            {
                states[row.StreamId] = state = new TState();
            }

            apply(state, decode(row));
        }

        return states.Values;
    }
}
