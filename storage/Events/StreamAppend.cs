namespace Responsibility.Storage.Events;

/// <summary>
/// Events to add to a stream whose last event is <see cref="ExpectedVersion"/> (0 for a new stream), with the
/// derived rows to store in the same transaction.
/// </summary>
public sealed record StreamAppend(
    string StreamId,
    string Scope,
    long ExpectedVersion,
    IReadOnlyList<NewEvent> Events,
    DerivedRow? Snapshot = null,
    DerivedRow? Summary = null);
