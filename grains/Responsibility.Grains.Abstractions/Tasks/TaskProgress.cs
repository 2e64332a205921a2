namespace Responsibility.Grains.Abstractions.Tasks;

/// <summary>A task's progress judged at a date: fractions in [0,1], lag = expected − percent.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.TaskProgress")]
public sealed record TaskProgress(
    double Actual,
    double Percent,
    double Ratio,
    double Expected,
    double Lag,
    ProgressStatus Status,
    bool DueSoon,
    DateOnly AsOf);
