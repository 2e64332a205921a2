namespace Responsibility.Grains.Abstractions.Supervision;

/// <summary>Which of a brigade's instructions to list; every given condition must hold.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.InstructionFilter")]
public sealed record InstructionFilter(
    string? UnitId = null,
    string? LeaderId = null,
    string? TaskId = null,
    string? MeetingId = null,
    InstructionStatus? Status = null);
