namespace Responsibility.Grains.Abstractions.Ledger;

using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// One task as a row of the 台账 says it, on sheet row <see cref="Row"/>; the task is found by year and code. Units and
/// leaders are ids already. A null field was not given (its column is missing): a new task takes the default, an
/// existing one keeps its value. An empty <see cref="IndicatorCode"/> or <see cref="PlannedByMonth"/> clears it.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.LedgerRow")]
public sealed record LedgerRow(
    int Row,
    int Year,
    string Code,
    string Title,
    string Category,
    string UnitId,
    string? LeaderId,
    DutyLine DutyLine,
    MetricKind Kind,
    double? Target,
    RateDirection? Direction,
    string? UnitLabel,
    MilestoneStage[]? Stages,
    double? Weight,
    DateOnly Start,
    DateOnly Due,
    string? IndicatorCode,
    double[]? PlannedByMonth);
