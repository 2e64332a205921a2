namespace Responsibility.Storage.Events;

/// <summary>
/// An appended event. <see cref="Sequence"/> counts from 1 within its stream; <see cref="Position"/> orders all
/// events of the store (newest last) for paging. <see cref="Scope"/> is the tenant the stream belongs to (a brigade).
/// </summary>
public sealed record StoredEvent(
    string StreamId,
    long Sequence,
    string Scope,
    string Kind,
    string Payload,
    string Actor,
    DateTimeOffset RecordedAt,
    long Position);
