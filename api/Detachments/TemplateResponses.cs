namespace Responsibility.Api.Detachments;

using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// A template handed down (上级交办): its fields, its version (the ETag) and each brigade's instance (a task id for
/// <c>Task</c>, a 责任清单 item id for <c>DutyItem</c>). A Task template has the task fields (code … plannedByMonth) and no item
/// fields; a DutyItem template the item fields (section … evidence) and no task fields.
/// </summary>
public sealed record TemplateResponse(
    string Id,
    string Kind,
    int Year,
    string? Code,
    string Title,
    string? Category,
    DutyLine DutyLine,
    Metric? Metric,
    double? Weight,
    DateOnly? Start,
    DateOnly? Due,
    string? IndicatorCode,
    double[]? PlannedByMonth,
    int Version,
    DateTimeOffset PublishedAt,
    string PublishedBy,
    TemplateInstance[] Instances,
    string? Section = null,
    string? Requirement = null,
    Cadence? Cadence = null,
    DateOnly? DueDate = null,
    string? Evidence = null)
{
    public static TemplateResponse From(TemplateView v) => v.Item is { } item
        ? new(
            v.Id, v.Kind.ToString(), item.Year, null, item.Title, null, item.DutyLine, null, null, null, null, null, null, v.Version,
            v.PublishedAt, v.PublishedBy, v.Instances, item.Section, item.Requirement, item.Cadence, item.DueDate, item.Evidence)
        : new(
            v.Id, v.Kind.ToString(), v.Task!.Year, v.Task.Code, v.Task.Title, v.Task.Category, v.Task.DutyLine, v.Task.Metric, v.Task.Weight,
            v.Task.Start, v.Task.Due, v.Task.IndicatorCode, v.Task.PlannedByMonth, v.Version, v.PublishedAt, v.PublishedBy, v.Instances);
}

/// <summary>
/// One brigade on a template: its instance (<see cref="TaskId"/>, the task or 清单 item id; null until it has one), the unit
/// and leader it assigned (<see cref="Assigned"/> false: 待分配) and, once assigned, the instance's progress (percent,
/// expected, status light); for a DutyItem template the holders it set (<see cref="Holders"/>, null while 待分配).
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
    ProgressStatus? Status,
    DutyItemHolders? Holders = null);

/// <summary>A template and its brigades compared as of <see cref="AsOf"/>.</summary>
public sealed record TemplateComparisonResponse(TemplateResponse Template, DateOnly AsOf, TemplateBrigadeResponse[] Brigades)
{
    public static TemplateComparisonResponse From(TemplateComparison c) => new(
        TemplateResponse.From(c.Template), c.AsOf,
        [.. c.Brigades.Select(b => new TemplateBrigadeResponse(
            b.BrigadeId, b.BrigadeName, b.InstanceId, b.Assigned, b.UnitId, b.UnitName, b.LeaderId, b.LeaderName,
            b.Progress?.Percent, b.Progress?.Expected, b.Progress?.Status, b.Holders))]);
}
