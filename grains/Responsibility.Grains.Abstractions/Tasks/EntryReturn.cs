namespace Responsibility.Grains.Abstractions.Tasks;

/// <summary>退回: a leader rejected the entry; from then on it counts nowhere.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.EntryReturn")]
public sealed record EntryReturn(string Reason, string ReturnedBy, DateTimeOffset ReturnedAt);
