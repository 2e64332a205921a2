namespace Responsibility.Grains.Abstractions.Tasks;

/// <summary>A task as read by people: definition, progress at a date, and the version used as its ETag.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.TaskView")]
public sealed record TaskView(TaskDefinition Definition, TaskProgress Progress, int Version);
