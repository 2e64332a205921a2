namespace Responsibility.Storage.Events;

/// <summary>
/// A page of a scope's events, newest first: optionally between two times, by one actor, of one stream or kind, and
/// older than the <see cref="Before"/> position (the cursor of the previous page).
/// </summary>
public sealed record EventQuery(
    string Scope,
    int Limit,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? Actor = null,
    string? StreamId = null,
    string? Kind = null,
    long? Before = null);
