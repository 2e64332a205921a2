namespace Responsibility.Grains.Abstractions.Tasks;

[GenerateSerializer, Immutable, Alias("Responsibility.MilestoneStage")]
public sealed record MilestoneStage(string Name, double Weight);
