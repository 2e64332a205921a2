namespace Responsibility.Grains.Supervision;

using Responsibility.Grains.Abstractions.Attachments;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Journal;

/// <summary>Everything that happens to an instruction (批示 / 督办): its stream is its whole history (留痕).</summary>
[GenerateSerializer]
public abstract record InstructionEvent : JournalEvent
{
    public static readonly EventCodec<InstructionEvent> Codec = new(new Dictionary<string, Type>
    {
        ["InstructionIssued"] = typeof(InstructionIssued),
        ["InstructionAnswered"] = typeof(InstructionAnswered),
        ["InstructionClosed"] = typeof(InstructionClosed),
        ["InstructionReopened"] = typeof(InstructionReopened),
        ["InstructionEscalated"] = typeof(InstructionEscalated),
        ["InstructionDueMoved"] = typeof(InstructionDueMoved),
    });

    public static string Stream(string instructionId) => "instruction/" + instructionId;
}

[GenerateSerializer, Alias("Responsibility.InstructionIssued")]
public sealed record InstructionIssued(InstructionDefinition Definition) : InstructionEvent;

/// <summary>办理情况 with the files (佐证材料) the answer attached, named as they were when attached.</summary>
[GenerateSerializer, Alias("Responsibility.InstructionAnswered")]
public sealed record InstructionAnswered(string Text, AttachedFile[]? Attachments) : InstructionEvent;

[GenerateSerializer, Alias("Responsibility.InstructionClosed")]
public sealed record InstructionClosed : InstructionEvent;

[GenerateSerializer, Alias("Responsibility.InstructionReopened")]
public sealed record InstructionReopened(string Reason) : InstructionEvent;

/// <summary>Overdue beyond the grace period: handed to <see cref="LeaderId"/>, the supervising leader (逾期督办).</summary>
[GenerateSerializer, Alias("Responsibility.InstructionEscalated")]
public sealed record InstructionEscalated(string? LeaderId) : InstructionEvent;

/// <summary>The current due date moved by a granted extension; the definition keeps the original.</summary>
[GenerateSerializer, Alias("Responsibility.InstructionDueMoved")]
public sealed record InstructionDueMoved(string ExtensionId, DateOnly Due) : InstructionEvent;
