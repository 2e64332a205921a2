namespace Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// An instruction (批示 / 督办) as issued: addressed to one unit (on one of its tasks or on the unit itself), written by
/// <see cref="Author"/> (a username), supervised by the leader <see cref="LeaderId"/>. A meeting's decision (议定事项)
/// is one instruction per unit, carrying the meeting and the decision's number; the 整改要求 of a 约谈 or 提醒谈话 one per
/// unit, carrying the 履责纪实 record (<see cref="RecordId"/>, added later: null before).
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
    string? RecordId = null);
