namespace Responsibility.Grains.Journal;

using Orleans.EventSourcing;
using Orleans.EventSourcing.CustomStorage;
using Responsibility.Storage.Events;

/// <summary>
/// A journaled grain whose stream is in the event log: activation replays it (from a snapshot once it has one), and
/// every confirmed batch of events is one append, refused when another writer appended first. The task and brigade
/// grains do the same with summaries of their own.
/// </summary>
public abstract class LoggedGrain<TState, TEvent>(IEventStore events, EventCodec<TEvent> codec)
    : JournaledGrain<TState, TEvent>, ICustomStorageInterface<TState, TEvent>
    where TState : class, IEventState<TEvent>, new()
    where TEvent : JournalEvent
{
    protected abstract string Stream { get; }

    /// <summary>The brigade the stream belongs to, read from the state its events make.</summary>
    protected abstract string ScopeOf(TState state);

    public async Task<KeyValuePair<int, TState>> ReadStateFromStorage()
    {
        var (version, state) = await JournalReplay.Load<TState, TEvent>(events, Stream, codec, (s, e) => s.Apply(e));
        return new(version, state);
    }

    public async Task<bool> ApplyUpdatesToStorage(IReadOnlyList<TEvent> updates, int expectedVersion)
    {
        // A copy through JSON: the confirmed state must not change unless the append succeeds.
        var after = EventCodec<TEvent>.Deserialize<TState>(EventCodec<TEvent>.Serialize(State))!;
        foreach (var update in updates)
        {
            after.Apply(update);
        }

        var version = expectedVersion + updates.Count;
        var snapshot = JournalReplay.SnapshotDue(expectedVersion, version) ? new DerivedRow(version, EventCodec<TEvent>.Serialize(after)) : null;
        return await events.AppendAsync(new StreamAppend(
            Stream, ScopeOf(after), expectedVersion, updates.Select(codec.Encode).ToList(), snapshot));
    }

    protected override void TransitionState(TState state, TEvent @event) => state.Apply(@event);

    protected async Task Raise(params TEvent[] raised)
    {
        RaiseEvents(raised);
        await ConfirmEvents();
    }
}
