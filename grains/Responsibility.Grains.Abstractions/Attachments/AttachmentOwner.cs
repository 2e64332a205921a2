namespace Responsibility.Grains.Abstractions.Attachments;

/// <summary>
/// What a file is attached to: the owner whose scope decides who may download it (<see cref="Id"/>: a task id, an
/// instruction id) and the part of it that lists the file (<see cref="Part"/>: a progress entry, an answer).
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AttachmentOwner")]
public sealed record AttachmentOwner(AttachmentOwnerKind Kind, string Id, string? Part);

public enum AttachmentOwnerKind
{
    /// <summary>A progress entry of a task: read by whoever may read the task's entries.</summary>
    Task = 0,

    /// <summary>An answer (办理情况) to an instruction: read by whoever may read the instruction.</summary>
    Instruction = 1,

    /// <summary>
    /// A 履责纪实 record of a leader or a unit (<see cref="AttachmentOwner.Id"/>: the holder's tag, "leader:{brigade}/{id}";
    /// part: the record): read by whoever may read the holder's records.
    /// </summary>
    DutyRecord = 2,

    /// <summary>The signed scan of a 责任书 (<see cref="AttachmentOwner.Id"/>: the pledge): read by whoever may read pledges.</summary>
    Pledge = 3,

    /// <summary>Evidence of a 整改 report (<see cref="AttachmentOwner.Id"/>: the item; part: the report): read by whoever may read the item.</summary>
    Rectification = 4,

    /// <summary>Evidence of a 延期申请 (<see cref="AttachmentOwner.Id"/>: the request): read by whoever may read it.</summary>
    Extension = 5,
}
