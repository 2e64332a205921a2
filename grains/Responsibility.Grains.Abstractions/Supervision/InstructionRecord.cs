namespace Responsibility.Grains.Abstractions.Supervision;

/// <summary>An instruction as its events leave it: the definition, when it was issued, and every later step in order.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.InstructionRecord")]
public sealed record InstructionRecord(InstructionDefinition Definition, DateTimeOffset IssuedAt, InstructionStep[] Steps, int Version)
{
    /// <summary>办结 and not reopened since.</summary>
    public bool IsClosed() => LastOf(InstructionStepKind.Closed, InstructionStepKind.Reopened)?.Kind == InstructionStepKind.Closed;

    /// <summary>The answer that stands: the latest one given since the instruction was last reopened.</summary>
    public InstructionStep? Answer() =>
        LastOf(InstructionStepKind.Answered, InstructionStepKind.Reopened) is { Kind: InstructionStepKind.Answered } answer ? answer : null;

    public bool IsEscalated() => Array.Exists(Steps, s => s.Kind == InstructionStepKind.Escalated);

    public InstructionStatus Status(DateOnly day) =>
        IsClosed() ? InstructionStatus.Closed
        : Definition.DueDate is { } due && day > due ? InstructionStatus.Overdue
        : Answer() is not null ? InstructionStatus.Answered
        : InstructionStatus.Open;

    /// <summary>The instruction as it stood at <paramref name="cut"/>; null when it was issued later.</summary>
    public InstructionRecord? AsOf(DateTimeOffset cut) =>
        IssuedAt > cut ? null : this with { Steps = [.. Steps.Where(s => s.At <= cut)] };

    private InstructionStep? LastOf(InstructionStepKind first, InstructionStepKind second) =>
        Array.FindLast(Steps, s => s.Kind == first || s.Kind == second);
}
