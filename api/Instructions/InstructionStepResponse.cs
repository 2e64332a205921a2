namespace Responsibility.Api.Instructions;

using Responsibility.Api.Attachments;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// One step: <see cref="Text"/> is the answer (办理情况) or the reason for reopening; an answer lists its files; an
/// extension (Extended) the new due date and the request.
/// </summary>
public sealed record InstructionStepResponse(
    InstructionStepKind Kind, string Actor, string ActorName, DateTimeOffset At, string? Text, AttachmentResponse[] Attachments,
    DateOnly? Due = null, string? ExtensionId = null);
