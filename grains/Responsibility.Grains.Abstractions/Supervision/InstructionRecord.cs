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

    /// <summary>The current due date: the latest extension's, or the one it was issued with.</summary>
    public DateOnly? Due() => Array.FindLast(Steps, s => s.Kind == InstructionStepKind.Extended)?.Due ?? Definition.DueDate;

    /// <summary>The due date it was issued with, which 逾期 statistics judge by.</summary>
    public DateOnly? OriginalDue => Definition.DueDate;

    public int ExtensionCount => Steps.Count(s => s.Kind == InstructionStepKind.Extended);

    /// <summary>Both dates; null without a due date.</summary>
    public Oversight.Deadline? Deadline() => Definition.DueDate is { } original ? new(original, Due()!.Value, ExtensionCount) : null;

    /// <summary>
    /// Late by the date it was issued with, whatever extensions said: closed after it, or still open past it on
    /// <paramref name="day"/> (逾期 statistics; lights use <see cref="Status"/>, which judges by the current date).
    /// </summary>
    public bool LateAgainstOriginal(DateOnly day, TimeZoneInfo zone)
    {
        if (Deadline() is not { } deadline)
        {
            return false;
        }

        var closed = IsClosed() ? Array.FindLast(Steps, s => s.Kind == InstructionStepKind.Closed) : null;
        return deadline.LateAgainstOriginal(closed is null ? day : DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(closed.At, zone).DateTime));
    }

    public InstructionStatus Status(DateOnly day) =>
        IsClosed() ? InstructionStatus.Closed
        : Due() is { } due && day > due ? InstructionStatus.Overdue
        : Answer() is not null ? InstructionStatus.Answered
        : InstructionStatus.Open;

    /// <summary>The instruction as it stood at <paramref name="cut"/>; null when it was issued later.</summary>
    public InstructionRecord? AsOf(DateTimeOffset cut) =>
        IssuedAt > cut ? null : this with { Steps = [.. Steps.Where(s => s.At <= cut)] };

    private InstructionStep? LastOf(InstructionStepKind first, InstructionStepKind second) =>
        Array.FindLast(Steps, s => s.Kind == first || s.Kind == second);
}
