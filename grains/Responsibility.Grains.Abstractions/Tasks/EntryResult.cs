namespace Responsibility.Grains.Abstractions.Tasks;

/// <summary>An entry and its task after a report or a return; <see cref="Replayed"/> is true when an Idempotency-Key matched.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.EntryResult")]
public sealed record EntryResult(ProgressEntry Entry, TaskView Task, bool Replayed);
