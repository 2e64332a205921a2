namespace Responsibility.Grains.Abstractions.Rollups;

using Responsibility.Grains.Abstractions.Tasks;

[GenerateSerializer, Immutable, Alias("Responsibility.LaggingTask")]
public sealed record LaggingTask(
    string TaskId,
    string Code,
    string Title,
    string UnitId,
    string LeaderId,
    double Percent,
    double Expected,
    double Lag,
    ProgressStatus Status,
    string? LatestNote);
