namespace Responsibility.Grains.Abstractions.Tasks;

/// <summary>How a task is measured. <see cref="Stages"/> is used by milestones only; weights sum to 1.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.Metric")]
public sealed record Metric(
    MetricKind Kind,
    double Target,
    string UnitLabel,
    RateDirection Direction,
    MilestoneStage[] Stages);
