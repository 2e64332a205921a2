namespace Responsibility.Storage.Events;

/// <summary>The event log failed to store an append (its batch rolled back); nothing of it was acknowledged.</summary>
public sealed class EventStoreException(string message, Exception inner) : Exception(message, inner);
