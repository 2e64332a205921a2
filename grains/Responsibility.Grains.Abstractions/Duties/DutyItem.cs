namespace Responsibility.Grains.Abstractions.Duties;

using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// One duty of a brigade's yearly 责任清单: under a <see cref="Section"/> (e.g. 第一责任人职责), what is to be done
/// (<see cref="Title"/>, <see cref="Requirement"/> 工作要求), on which line of 一岗双责, how often (<see cref="Cadence"/>;
/// <see cref="DueDate"/> for <see cref="Cadence.Once"/>), the evidence expected (佐证), and who holds it. Tasks may hang
/// under it. <see cref="Id"/> is a slug chosen by the office, unique in the year. <see cref="Source"/> is the 支队 template
/// it was handed down from (支队交办; null: the brigade's own); such an item has no holders until the brigade's Admin sets them.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.DutyItem")]
public sealed record DutyItem(
    string Id,
    int Year,
    string Section,
    string Title,
    string Requirement,
    DutyLine DutyLine,
    Cadence Cadence,
    DateOnly? DueDate,
    string Evidence,
    DutyAssignees Assignees,
    string[] TaskIds,
    TemplateSource? Source = null)
{
    /// <summary>Handed down by the 支队 and no holder set yet (待分配).</summary>
    public bool AwaitsHolders() => Source is not null && !Assignees.AllLeaders && Assignees.LeaderIds.Length == 0 && Assignees.UnitIds.Length == 0;
}
