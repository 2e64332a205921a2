namespace Responsibility.Api.Detachments;

using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>A template handed down (上级交办): its fields, its version (the ETag) and each brigade's instance (a task id).</summary>
public sealed record TemplateResponse(
    string Id,
    string Kind,
    int Year,
    string Code,
    string Title,
    string Category,
    DutyLine DutyLine,
    Metric Metric,
    double Weight,
    DateOnly Start,
    DateOnly Due,
    string? IndicatorCode,
    double[]? PlannedByMonth,
    int Version,
    DateTimeOffset PublishedAt,
    string PublishedBy,
    TemplateInstance[] Instances)
{
    public static TemplateResponse From(TemplateView v) => new(
        v.Id, v.Kind.ToString(), v.Task.Year, v.Task.Code, v.Task.Title, v.Task.Category, v.Task.DutyLine, v.Task.Metric, v.Task.Weight,
        v.Task.Start, v.Task.Due, v.Task.IndicatorCode, v.Task.PlannedByMonth, v.Version, v.PublishedAt, v.PublishedBy, v.Instances);
}

/// <summary>
/// One brigade on a template: its instance (<see cref="TaskId"/>; null until it has one), the unit and leader it assigned
/// (<see cref="Assigned"/> false: 待分配) and, once assigned, the instance's progress (percent, expected, status light).
/// </summary>
public sealed record TemplateBrigadeResponse(
    string BrigadeId,
    string Name,
    string? TaskId,
    bool Assigned,
    string? UnitId,
    string? UnitName,
    string? LeaderId,
    string? LeaderName,
    double? Percent,
    double? Expected,
    ProgressStatus? Status);

/// <summary>A template and its brigades compared as of <see cref="AsOf"/>.</summary>
public sealed record TemplateComparisonResponse(TemplateResponse Template, DateOnly AsOf, TemplateBrigadeResponse[] Brigades)
{
    public static TemplateComparisonResponse From(TemplateComparison c) => new(
        TemplateResponse.From(c.Template), c.AsOf,
        [.. c.Brigades.Select(b => new TemplateBrigadeResponse(
            b.BrigadeId, b.BrigadeName, b.InstanceId, b.Assigned, b.UnitId, b.UnitName, b.LeaderId, b.LeaderName,
            b.Progress?.Percent, b.Progress?.Expected, b.Progress?.Status))]);
}
