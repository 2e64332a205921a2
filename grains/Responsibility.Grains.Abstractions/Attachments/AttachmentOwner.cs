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
}
