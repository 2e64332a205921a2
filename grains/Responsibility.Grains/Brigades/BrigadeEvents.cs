namespace Responsibility.Grains.Brigades;

using Responsibility.Grains.Abstractions.Detachments;
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
        ["TemplateTaskReceived"] = typeof(TemplateTaskReceived),
        ["TemplateTaskAssigned"] = typeof(TemplateTaskAssigned),
        ["TemplateTaskAdjusted"] = typeof(TemplateTaskAdjusted),
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

/// <summary>
/// A 支队 template's instance arrived (支队交办): a task of the brigade, waiting for its unit and leader, out of the
/// yearly plan's rollups until then.
/// </summary>
[GenerateSerializer, Alias("Responsibility.TemplateTaskReceived")]
public sealed record TemplateTaskReceived(string TaskId, int Year, string Code, string Title, TemplateSource Source) : BrigadeEvent;

/// <summary>The brigade assigned an instance its unit and leader: it joins the yearly plan and counts from now.</summary>
[GenerateSerializer, Alias("Responsibility.TemplateTaskAssigned")]
public sealed record TemplateTaskAssigned(string TaskId) : BrigadeEvent;

/// <summary>The 支队 changed the template of an instance (its version, what changed): shown to the brigade's Admin.</summary>
[GenerateSerializer, Alias("Responsibility.TemplateTaskAdjusted")]
public sealed record TemplateTaskAdjusted(string TaskId, int Version, string Note) : BrigadeEvent;
