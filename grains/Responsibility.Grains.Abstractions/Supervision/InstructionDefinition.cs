namespace Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// An instruction (批示 / 督办) as issued: addressed to one unit (on one of its tasks or on the unit itself), written by
/// <see cref="Author"/> (a username), supervised by the leader <see cref="LeaderId"/>. A meeting's decision (议定事项)
/// is one instruction per unit, carrying the meeting and the decision's number; the 整改要求 of a 约谈 or 提醒谈话 one per
/// unit, carrying the 履责纪实 record (<see cref="RecordId"/>, added later: null before). A 支队督办 is issued by the
/// detachment <see cref="DetachmentId"/> (added later: null before, a brigade's own) to the brigade's leaders: it has no
/// unit (<see cref="UnitId"/> is <see cref="NoUnit"/>), task or supervising leader, and the detachment closes it.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.InstructionDefinition")]
public sealed record InstructionDefinition(
    string Id,
    string BrigadeId,
    string UnitId,
    string? TaskId,
    string Text,
    DateOnly IssuedOn,
    DateOnly? DueDate,
    string Author,
    string? LeaderId,
    string? MeetingId,
    int? DecisionNumber,
    string? RecordId = null,
    string? DetachmentId = null)
{
    /// <summary>The <see cref="UnitId"/> of an instruction addressed to the brigade's leaders rather than a unit (支队督办).</summary>
    public const string NoUnit = "";

    /// <summary>A 支队督办: issued by a detachment to the brigade (its leaders answer it, the detachment closes it).</summary>
    public bool IsFromDetachment => DetachmentId is not null;
}
