namespace Responsibility.Grains.Brigades;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Journal;

/// <summary>The organisation's changes; edits carry what stood before, so the audit trail shows before and after.</summary>
[GenerateSerializer]
public abstract record BrigadeEvent : JournalEvent
{
    public static readonly EventCodec<BrigadeEvent> Codec = new(new Dictionary<string, Type>
    {
        ["BrigadeConfigured"] = typeof(BrigadeConfigured),
        ["UnitDefined"] = typeof(UnitDefined),
        ["LeaderDefined"] = typeof(LeaderDefined),
        ["TaskIndexed"] = typeof(TaskIndexed),
        ["BrigadeJoinedDetachment"] = typeof(BrigadeJoinedDetachment),
    });

    public static string Stream(string brigadeId) => "brigade/" + brigadeId;
}

[GenerateSerializer, Alias("Responsibility.BrigadeConfigured")]
public sealed record BrigadeConfigured(BrigadeSettings? Before, BrigadeSettings After) : BrigadeEvent;

[GenerateSerializer, Alias("Responsibility.UnitDefined")]
public sealed record UnitDefined(UnitDefinition? Before, UnitDefinition After) : BrigadeEvent;

[GenerateSerializer, Alias("Responsibility.LeaderDefined")]
public sealed record LeaderDefined(LeaderDefinition? Before, LeaderDefinition After) : BrigadeEvent;

/// <summary>A task joined the brigade's yearly plan (任务清单); its own stream holds the rest.</summary>
[GenerateSerializer, Alias("Responsibility.TaskIndexed")]
public sealed record TaskIndexed(string TaskId, int Year, string Code, string Title) : BrigadeEvent;

/// <summary>The brigade joined a 支队 (with all its data); a brigade is one detachment's at most.</summary>
[GenerateSerializer, Alias("Responsibility.BrigadeJoinedDetachment")]
public sealed record BrigadeJoinedDetachment(string DetachmentId) : BrigadeEvent;
