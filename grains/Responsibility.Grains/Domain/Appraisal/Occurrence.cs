namespace Responsibility.Grains.Domain.Appraisal;

using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;

/// <summary>
/// One thing an automatic rule counts, before points: what it is (<see cref="Kind"/>, <see cref="Id"/>, for an entry its
/// <see cref="TaskId"/>), the day it happened in the brigade's time zone, a short label, and whom it counts for: the
/// units it belongs to and the leaders it counts for (their 分管 units', or their own). Each subject counts it once.
/// </summary>
public sealed record Occurrence(
    ScoreCauseKind Kind,
    string Id,
    DateOnly On,
    string Label,
    IReadOnlySet<string> Units,
    IReadOnlySet<string> Leaders,
    string? TaskId = null)
{
    public bool CountsFor(DutyHolderKind kind, string id) => (kind == DutyHolderKind.Unit ? Units : Leaders).Contains(id);

    public ScoreCause Cause(decimal points) => new(Kind, Id, On, points, TaskId, Label);
}
