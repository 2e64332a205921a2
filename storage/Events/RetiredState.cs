namespace Responsibility.Storage.Events;

/// <summary>A row of the grain-state table that an import replaces with events (removed in the same transaction).</summary>
public sealed record RetiredState(string StateName, string GrainId);
