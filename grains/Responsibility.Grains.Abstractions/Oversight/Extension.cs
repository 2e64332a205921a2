namespace Responsibility.Grains.Abstractions.Oversight;

using Responsibility.Grains.Abstractions.Attachments;

public enum ExtensionTargetKind
{
    Task = 0,
    Instruction = 1,
    Rectification = 2,
    DutySlot = 3,
}

/// <summary>
/// What an extension would move: a task, an instruction or a 整改 item by its id; a duty slot by its id
/// ("{itemId}:{period}") and its holder, a unit (<see cref="UnitId"/>) or a leader (<see cref="LeaderId"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.ExtensionTarget")]
public sealed record ExtensionTarget(ExtensionTargetKind Kind, string Id, string? UnitId = null, string? LeaderId = null);

/// <summary>A 延期申请 as its requester writes it; <see cref="AttachmentIds"/> are their uploads in the brigade.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.ExtensionDraft")]
public sealed record ExtensionDraft(
    string BrigadeId,
    ExtensionTarget Target,
    DateOnly ProposedDue,
    string Reason,
    string? Progress,
    string[] AttachmentIds);

public enum ExtensionState
{
    Pending = 0,
    Granted = 1,
    Refused = 2,
}

/// <summary>
/// Who decides: the target's supervising leader (<see cref="LeaderId"/>) for a first extension of at most 30 days, any
/// BrigadeLeader otherwise (<see cref="LeaderId"/> null). Never the requester.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.ExtensionApprover")]
public sealed record ExtensionApprover(string? LeaderId)
{
    public bool BrigadeLeaders => LeaderId is null;
}

/// <summary>The decision: granted with a date (which may differ from the one asked for) and a note, or refused with a reason.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.ExtensionDecision")]
public sealed record ExtensionDecision(bool Granted, DateOnly? GrantedDue, string? Note, string By, DateTimeOffset At);

/// <summary>
/// A 延期申请 and its decision. <see cref="Deadline"/> is the target's dates when it was asked; <see cref="Ordinal"/>
/// which extension of the target it would be (1 the first). <see cref="SetByLeader"/>: not a request but a leader setting a
/// new date on a target already past it, decided as it is made.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.ExtensionRequest")]
public sealed record ExtensionRequest(
    string Id,
    string BrigadeId,
    ExtensionTarget Target,
    string TargetTitle,
    string? UnitId,
    string Requester,
    DateTimeOffset RequestedAt,
    Deadline Deadline,
    DateOnly ProposedDue,
    string Reason,
    string? Progress,
    AttachedFile[] Attachments,
    int Ordinal,
    ExtensionApprover Approver,
    bool SetByLeader,
    ExtensionDecision? Decision,
    int Version)
{
    public ExtensionState State => Decision switch
    {
        null => ExtensionState.Pending,
        { Granted: true } => ExtensionState.Granted,
        _ => ExtensionState.Refused,
    };
}
