namespace Responsibility.Grains.Abstractions.Tasks;

/// <summary>What a task tells the aggregates (unit, leader, brigade) after every change.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.TaskSnapshot")]
public sealed record TaskSnapshot(TaskDefinition Definition, Measure Measure, int Version);
