namespace Responsibility.Api.Tasks;

using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// A task in the v1 contract shape: its definition with its progress flattened beside it; <see cref="Source"/> names the
/// 支队 template of a task handed down (支队交办), whose empty unit and leader mean 待分配.
/// </summary>
public sealed record TaskResponse(
    string Id,
    string Code,
    int Year,
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
    double[]? PlannedByMonth,
    TaskProgress Progress,
    int Version,
    string BrigadeId,
    DateOnly? OriginalDue = null,
    int ExtensionCount = 0,
    TemplateSource? Source = null)
{
    public static TaskResponse From(TaskView view)
    {
        var d = view.Definition;
        return new(d.Id, d.Code, d.Year, d.Title, d.Category, d.UnitId, d.LeaderId, d.DutyLine, d.Metric, d.Weight,
            d.Start, d.Due, d.IndicatorCode, d.PlannedByMonth, view.Progress, view.Version, d.BrigadeId, d.OriginalDue ?? d.Due,
            d.ExtensionCount, d.Source);
    }
}
