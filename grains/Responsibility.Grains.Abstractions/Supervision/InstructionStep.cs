namespace Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// One step in an instruction's life after it was issued: who, when, and the answer's text and evidence ids or the
/// reason for reopening.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.InstructionStep")]
public sealed record InstructionStep(
    InstructionStepKind Kind,
    string Actor,
    DateTimeOffset At,
    string? Text = null,
    string[]? AttachmentIds = null);
