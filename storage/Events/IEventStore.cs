namespace Responsibility.Storage.Events;

/// <summary>
/// The append-only event log: one <c>events</c> table keyed by (stream, sequence), the optimistic-concurrency
/// check. Nothing here updates or deletes an event.
/// </summary>
public interface IEventStore
{
    /// <summary>
    /// Appends the events once the stream's last event is <see cref="StreamAppend.ExpectedVersion"/>; false (and
    /// nothing stored) when another writer got there first. Answers only after the events are durable.
    /// </summary>
    Task<bool> AppendAsync(StreamAppend append, CancellationToken cancellationToken = default);

    /// <summary>The stream's events after <paramref name="afterVersion"/>, oldest first.</summary>
    Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(string streamId, long afterVersion = 0, CancellationToken cancellationToken = default);

    Task<DerivedRow?> ReadSnapshotAsync(string streamId, CancellationToken cancellationToken = default);

    /// <summary>The latest summary of every stream of a scope, keyed by stream id.</summary>
    Task<IReadOnlyDictionary<string, DerivedRow>> ReadSummariesAsync(string scope, CancellationToken cancellationToken = default);

    /// <summary>Every event of a scope's streams whose id starts with <paramref name="streamPrefix"/>, by stream and sequence.</summary>
    Task<IReadOnlyList<StoredEvent>> ReadScopeAsync(string scope, string streamPrefix, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes whole streams that state rows written by an older version become, and removes those rows, in one
    /// transaction: an upgrade either happens completely or not at all. Streams that already exist are left alone.
    /// </summary>
    Task ImportAsync(IReadOnlyList<StreamAppend> streams, IReadOnlyList<RetiredState> retired, CancellationToken cancellationToken = default);

    /// <summary>A page of events, newest first.</summary>
    Task<IReadOnlyList<StoredEvent>> SearchAsync(EventQuery query, CancellationToken cancellationToken = default);
}
