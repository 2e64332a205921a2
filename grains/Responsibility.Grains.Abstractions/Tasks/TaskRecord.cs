namespace Responsibility.Grains.Abstractions.Tasks;

/// <summary>A task with all its entries, returned ones included: what a report is replayed from.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.TaskRecord")]
public sealed record TaskRecord(TaskDefinition Definition, ProgressEntry[] Entries, int Version = 0);
