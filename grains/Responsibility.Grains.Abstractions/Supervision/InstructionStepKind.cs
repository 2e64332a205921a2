namespace Responsibility.Grains.Abstractions.Supervision;

public enum InstructionStepKind
{
    /// <summary>办理情况 from the unit's head, with optional evidence.</summary>
    Answered = 0,

    /// <summary>办结, by the author.</summary>
    Closed = 1,

    /// <summary>Back to work, by the author, with a reason: a new answer is due.</summary>
    Reopened = 2,

    /// <summary>Past its due date and the grace period: handed to the supervising leader (逾期督办).</summary>
    Escalated = 3,

    /// <summary>The due date moved by a granted extension (<see cref="InstructionStep.ExtensionId"/>) to <see cref="InstructionStep.Due"/>.</summary>
    Extended = 4,
}
