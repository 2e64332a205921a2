namespace Responsibility.Grains.Abstractions.Reports;

using Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// 六、领导批示落实情况: one instruction as it stood at the report's date, people and units by name. A meeting's
/// decision carries the meeting's date and the decision's number; <see cref="AnswerEvidence"/> counts the files attached
/// to the answer that stands (0 in reports stored before it existed). <see cref="Withheld"/>: the text and the answer are
/// left out of the copy a reader downloads who may not open the instruction (SPEC §3); never set when stored.
/// <see cref="DueDate"/> is the current due date; <see cref="OriginalDue"/> the one it was issued with once extended
/// (<see cref="ExtensionCount"/> times), and <see cref="LateAgainstOriginal"/> whether it counts as 逾期 by that date.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.InstructionLine")]
public sealed record InstructionLine(
    string InstructionId,
    string UnitName,
    string? TaskCode,
    string? TaskTitle,
    string Text,
    string AuthorName,
    string? LeaderName,
    DateOnly IssuedOn,
    DateOnly? DueDate,
    InstructionStatus Status,
    string? Answer,
    DateOnly? MeetingDate,
    int? DecisionNumber,
    int AnswerEvidence = 0,
    bool Withheld = false,
    DateOnly? OriginalDue = null,
    int ExtensionCount = 0,
    bool LateAgainstOriginal = false);
