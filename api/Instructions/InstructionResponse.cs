namespace Responsibility.Api.Instructions;

using Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// An instruction as the API answers it: people, units and the task named as the brigade names them, the status on
/// <see cref="AsOf"/>, and every step after it was issued. <see cref="Answered"/>: an answer stands (since the last reopening).
/// <see cref="Closer"/>: whose 待办 it waits in for 办结 once answered (any brigade leader may close it too).
/// <see cref="DueDate"/> and <see cref="OriginalDue"/> are the date it was issued with; <see cref="Due"/> the current one
/// after <see cref="ExtensionCount"/> granted extensions. A 支队督办 names its detachment (<see cref="DetachmentId"/>,
/// <see cref="DetachmentName"/>); its <see cref="UnitId"/> is empty and <see cref="UnitName"/> the brigade's name.
/// </summary>
public sealed record InstructionResponse(
    string Id,
    string BrigadeId,
    string UnitId,
    string UnitName,
    string? TaskId,
    string? TaskCode,
    string? TaskTitle,
    string Text,
    DateOnly IssuedOn,
    DateOnly? DueDate,
    string Author,
    string AuthorName,
    string? LeaderId,
    string? LeaderName,
    string? MeetingId,
    int? DecisionNumber,
    InstructionStatus Status,
    bool Answered,
    bool Escalated,
    DateOnly AsOf,
    DateTimeOffset IssuedAt,
    InstructionStepResponse[] Steps,
    CloserResponse Closer,
    DateOnly? OriginalDue = null,
    DateOnly? Due = null,
    int ExtensionCount = 0,
    string? DetachmentId = null,
    string? DetachmentName = null);
