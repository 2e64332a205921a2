namespace Responsibility.Grains.Abstractions.Tasks;

[GenerateSerializer, Immutable, Alias("Responsibility.TaskFilter")]
public sealed record TaskFilter(
    int? Year = null,
    string? UnitId = null,
    string? LeaderId = null,
    ProgressStatus? Status = null,
    string? Category = null,
    string? Code = null);
