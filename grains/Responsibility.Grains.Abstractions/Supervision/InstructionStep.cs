namespace Responsibility.Grains.Abstractions.Supervision;

using Responsibility.Grains.Abstractions.Attachments;

/// <summary>
/// One step in an instruction's life after it was issued: who, when, and the answer's text and the files attached to it
/// (佐证材料), or the reason for reopening; an extension's new due date and its id.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.InstructionStep")]
public sealed record InstructionStep(
    InstructionStepKind Kind,
    string Actor,
    DateTimeOffset At,
    string? Text = null,
    AttachedFile[]? Attachments = null,
    DateOnly? Due = null,
    string? ExtensionId = null);
