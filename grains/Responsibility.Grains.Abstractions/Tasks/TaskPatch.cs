namespace Responsibility.Grains.Abstractions.Tasks;

/// <summary>A partial change to a task; null leaves the field as it is. Year and code never change.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.TaskPatch")]
public sealed record TaskPatch(
    string? Title = null,
    string? Category = null,
    string? UnitId = null,
    string? LeaderId = null,
    DutyLine? DutyLine = null,
    double? Target = null,
    string? UnitLabel = null,
    double? Weight = null,
    DateOnly? Start = null,
    DateOnly? Due = null,
    string? IndicatorCode = null,
    double[]? PlannedByMonth = null);
