namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// One instruction (批示 / 督办) and its life: issued, answered (办理情况), closed (办结), reopened. Every step is an event
/// in the log. Keyed by the server-generated id (<see cref="RecordIds"/>). Who may take a step is the caller's to
/// check (SPEC §3); the grain keeps the order of steps.
/// </summary>
public interface IInstructionGrain : IGrainWithStringKey
{
    /// <summary>
    /// Issues the instruction once; the same draft again answers the same record. The unit, task and leader must be
    /// the brigade's (<see cref="ErrorKind.Invalid"/> naming the field), the due date not before the day it is issued.
    /// </summary>
    Task<InstructionRecord> Issue(InstructionDraft draft, string actor);

    /// <summary>
    /// 办理情况 with the files <paramref name="attachmentIds"/> attached to it: each must be an upload of the instruction's
    /// brigade by <paramref name="actor"/> attached to nothing else (<see cref="ErrorKind.Invalid"/> naming
    /// <c>attachmentIds</c>, nothing recorded or attached). A closed instruction takes none (<see cref="ErrorKind.Conflict"/>).
    /// </summary>
    Task<InstructionRecord> Answer(string text, string[] attachmentIds, string actor);

    /// <summary>办结; <see cref="ErrorKind.Conflict"/> when already closed.</summary>
    Task<InstructionRecord> Close(string actor);

    /// <summary>Back to work with a reason, once answered or closed; an open instruction has nothing to reopen.</summary>
    Task<InstructionRecord> Reopen(string reason, string actor);

    /// <summary>Hands an overdue instruction to its supervising leader (逾期督办), once; otherwise changes nothing.</summary>
    Task<InstructionRecord> Escalate(string actor);

    /// <summary>
    /// Moves the instruction's current due date by a granted extension; the definition keeps the original. The same
    /// extension again changes nothing.
    /// </summary>
    Task<InstructionRecord> MoveDue(string extensionId, DateOnly due, string actor);

    /// <summary>The instruction; null when none was issued under this id.</summary>
    Task<InstructionRecord?> Get();
}
