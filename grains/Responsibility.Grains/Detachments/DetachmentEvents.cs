namespace Responsibility.Grains.Detachments;

using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Journal;

/// <summary>What happens to a 支队 at its level: configured, brigades attached (later: templates, 督办, 通报, reports).</summary>
[GenerateSerializer]
public abstract record DetachmentEvent : JournalEvent
{
    public static readonly EventCodec<DetachmentEvent> Codec = new(new Dictionary<string, Type>
    {
        ["DetachmentConfigured"] = typeof(DetachmentConfigured),
        ["DetachmentBrigadeAttached"] = typeof(DetachmentBrigadeAttached),
        ["DetachmentInstructed"] = typeof(DetachmentInstructed),
    });

    public static string Stream(string detachmentId) => "detachment/" + detachmentId;
}

[GenerateSerializer, Alias("Responsibility.DetachmentConfigured")]
public sealed record DetachmentConfigured(DetachmentSettings? Before, DetachmentSettings After) : DetachmentEvent;

/// <summary>A brigade (its name as it stood) joined; it keeps its own data, only figures flow up.</summary>
[GenerateSerializer, Alias("Responsibility.DetachmentBrigadeAttached")]
public sealed record DetachmentBrigadeAttached(string BrigadeId, string Name, DateOnly On) : DetachmentEvent;

/// <summary>
/// 督办 to a brigade (issue 20): the instruction <see cref="InstructionId"/> the detachment issues there, recorded before
/// the instruction itself so a retry (<see cref="IdempotencyKey"/>, <see cref="RequestHash"/> of the body) finds it.
/// </summary>
[GenerateSerializer, Alias("Responsibility.DetachmentInstructed")]
public sealed record DetachmentInstructed(string InstructionId, string BrigadeId, string? IdempotencyKey, string RequestHash) : DetachmentEvent;
