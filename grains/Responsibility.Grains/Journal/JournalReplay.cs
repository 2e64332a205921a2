namespace Responsibility.Grains.Journal;

using System.Text.Json;
using Responsibility.Storage.Events;

/// <summary>
/// Rebuilds a journaled grain's state: the latest snapshot, then the events after it. A snapshot is derived data — one
/// that cannot be read is ignored and the whole stream replayed.
/// </summary>
public static class JournalReplay
{
    /// <summary>A snapshot is written with the append that crosses each multiple of this many events, at least.</summary>
    public const int SnapshotEvery = 100;

    /// <summary>
    /// Whether the append from <paramref name="before"/> to <paramref name="after"/> writes a snapshot of a state holding
    /// <paramref name="size"/> items (entries, tasks). A snapshot costs O(size), so the interval doubles from
    /// <see cref="SnapshotEvery"/> while it is under a quarter of the size: snapshots cost O(1) per event on average,
    /// and a replay still reads fewer events after its snapshot than the snapshot holds items.
    /// </summary>
    public static bool SnapshotDue(long before, long after, int size = 0)
    {
        long every = SnapshotEvery;
        while (every < size / 4)
        {
            every *= 2;
        }

        return after / every > before / every;
    }

    public static async Task<(int Version, TState State)> Load<TState, TEvent>(
        IEventStore events, string stream, EventCodec<TEvent> codec, Action<TState, TEvent> apply)
        where TState : new()
        where TEvent : JournalEvent
    {
        var version = 0L;
        var state = new TState();
        if (await events.ReadSnapshotAsync(stream) is { } snapshot && TryRead<TState>(snapshot.Payload) is { } restored)
        {
            (version, state) = (snapshot.Version, restored);
        }

        foreach (var row in await events.ReadStreamAsync(stream, version))
        {
            apply(state, codec.Decode(row));
            version = row.Sequence;
        }

        return ((int)version, state);
    }

    private static TState? TryRead<TState>(string json)
    {
        try
        {
            return EventCodec<JournalEvent>.Deserialize<TState>(json);
        }
        catch (JsonException)
        {
            return default;
        }
    }
}
