namespace Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// A yearly task (年度任务). <see cref="PlannedByMonth"/>, when present, holds twelve cumulative shares:
/// the part of the work planned to be done by the end of each month of <see cref="Year"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.TaskDefinition")]
public sealed record TaskDefinition(
    string Id,
    string BrigadeId,
    int Year,
    string Code,
    string Title,
    string Category,
    string UnitId,
    string LeaderId,
    DutyLine DutyLine,
    Metric Metric,
    double Weight,
    DateOnly Start,
    DateOnly Due,
    string? IndicatorCode,
    double[]? PlannedByMonth);
