namespace Responsibility.Storage.Events;

/// <summary>
/// State derived from a stream up to <see cref="Version"/>: a snapshot to replay from, or a summary that aggregates
/// read instead of the stream. Derived rows can always be rebuilt from the events, so they are never the truth.
/// </summary>
public sealed record DerivedRow(long Version, string Payload);
