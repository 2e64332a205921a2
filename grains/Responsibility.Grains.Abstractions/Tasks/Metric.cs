namespace Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// How a task is measured. <see cref="Stages"/> is used by milestones only; weights sum to 1. Count entries are whole
/// numbers unless <see cref="Fractional"/>. A Rate's target and values are fractions in [0,1] (0.9 = 90%).
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.Metric")]
public sealed record Metric(
    MetricKind Kind,
    double Target,
    string UnitLabel,
    RateDirection Direction,
    MilestoneStage[] Stages,
    bool Fractional = false);
