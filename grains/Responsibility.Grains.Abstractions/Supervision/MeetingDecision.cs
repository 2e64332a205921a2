namespace Responsibility.Grains.Abstractions.Supervision;

/// <summary>A recorded decision: numbered within its meeting, one instruction per unit (<see cref="InstructionIds"/>, in unit order).</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.MeetingDecision")]
public sealed record MeetingDecision(
    int Number,
    string Text,
    string[] UnitIds,
    string LeaderId,
    DateOnly DueDate,
    string[] InstructionIds,
    string AddedBy,
    DateTimeOffset AddedAt);
