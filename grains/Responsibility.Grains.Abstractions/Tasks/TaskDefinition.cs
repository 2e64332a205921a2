namespace Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// A yearly task (年度任务). <see cref="PlannedByMonth"/>, when present, holds twelve cumulative shares:
/// the part of the work planned to be done by the end of each month of <see cref="Year"/>. <see cref="Due"/> is the
/// current due date (lights and pacing); <see cref="OriginalDue"/> the one it was planned with once an extension moved it
/// (null: <see cref="Due"/> is the original, as in every task stored before extensions), which 逾期 statistics use.
/// <see cref="Source"/> names the 支队 template a task handed down (支队交办) is an instance of; such a task waits with an
/// empty <see cref="UnitId"/> and <see cref="LeaderId"/> until its brigade assigns them.
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
    double[]? PlannedByMonth,
    DateOnly? OriginalDue = null,
    int ExtensionCount = 0,
    Detachments.TemplateSource? Source = null)
{
    /// <summary>The original and the current due date.</summary>
    public Oversight.Deadline Deadline() => new(OriginalDue ?? Due, Due, ExtensionCount);
}
