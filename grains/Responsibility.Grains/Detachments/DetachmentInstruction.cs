namespace Responsibility.Grains.Detachments;

/// <summary>One 督办 the detachment issued: the instruction, its brigade, and how a retry of the request is known.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.DetachmentInstruction")]
public sealed record DetachmentInstruction(string InstructionId, string BrigadeId, string? IdempotencyKey, string RequestHash);
