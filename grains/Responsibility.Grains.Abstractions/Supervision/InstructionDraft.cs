namespace Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// What a leader writes (批示): on a task (<see cref="TaskId"/>; its unit and leader follow from it) or on a unit.
/// <see cref="LeaderId"/> is who supervises (督办) it, by default the task's leader or the unit's; a meeting's
/// decision names its own and is dated <see cref="IssuedOn"/> the meeting day (default: today); the 整改要求 of a 谈话
/// names the 履责纪实 record it came from (<see cref="RecordId"/>) and is dated the day of the talk. A 支队's 督办
/// (<see cref="DetachmentId"/>) names no unit, task or leader: it is addressed to the brigade's leaders (大队领导).
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.InstructionDraft")]
public sealed record InstructionDraft(
    string BrigadeId,
    string? UnitId,
    string? TaskId,
    string Text,
    DateOnly? DueDate,
    string? LeaderId = null,
    string? MeetingId = null,
    int? DecisionNumber = null,
    DateOnly? IssuedOn = null,
    string? RecordId = null,
    string? DetachmentId = null);
