namespace Responsibility.Grains.Abstractions.Supervision;

/// <summary>Where an instruction stands on a day; <see cref="Overdue"/> is past its due date and not closed, answered or not.</summary>
public enum InstructionStatus
{
    Open = 0,
    Answered = 1,
    Overdue = 2,
    Closed = 3,
}
