namespace Responsibility.Grains.Abstractions.Reports;

using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// 七、下月工作安排: what a Red task must achieve by the end of next month to be back on 序时进度 (an overdue task:
/// to finish). In the metric's own terms — <see cref="Actual"/>, <see cref="Required"/> and <see cref="Owed"/> are
/// a Count's amounts (Owed rounded up to whole units unless fractional), a Rate's levels (fractions), or a
/// Milestone's shares with <see cref="Stages"/> the stages still to finish, in order.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.CatchUpLine")]
public sealed record CatchUpLine(
    string TaskId,
    string Code,
    string Title,
    string UnitName,
    MetricKind Kind,
    RateDirection Direction,
    string UnitLabel,
    double Actual,
    double Required,
    double Owed,
    string[] Stages,
    bool Overdue,
    bool Reported);
