namespace Responsibility.Grains.Abstractions.Tasks;

/// <summary>What an admin enters for a new yearly task; the brigade assigns the id.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.TaskDraft")]
public sealed record TaskDraft(
    int Year,
    string Code,
    string Title,
    string Category,
    string UnitId,
    string? LeaderId,
    DutyLine DutyLine,
    Metric Metric,
    double Weight,
    DateOnly Start,
    DateOnly Due,
    string? IndicatorCode,
    double[]? PlannedByMonth,
    Detachments.TemplateSource? Source = null);
