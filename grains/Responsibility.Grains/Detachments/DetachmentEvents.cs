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
        ["TemplatePublished"] = typeof(TemplatePublished),
        ["TemplateInstanceCreated"] = typeof(TemplateInstanceCreated),
        ["TemplateChanged"] = typeof(TemplateChanged),
        ["TemplateInstanceAdjusted"] = typeof(TemplateInstanceAdjusted),
        ["DutyItemTemplatePublished"] = typeof(DutyItemTemplatePublished),
        ["DutyItemTemplateChanged"] = typeof(DutyItemTemplateChanged),

        ["DetachmentReportGenerated"] = typeof(DetachmentReportGenerated),
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

/// <summary>
/// A template handed down (上级交办), before any instance: a fan-out cut short is completed from here. The
/// Idempotency-Key and the body's fingerprint answer a retry.
/// </summary>
[GenerateSerializer, Alias("Responsibility.TemplatePublished")]
public sealed record TemplatePublished(string TemplateId, TemplateTask Task, string? IdempotencyKey, string RequestHash) : DetachmentEvent;

/// <summary>One brigade's instance of a template exists (the task <see cref="TaskId"/> of that brigade).</summary>
[GenerateSerializer, Alias("Responsibility.TemplateInstanceCreated")]
public sealed record TemplateInstanceCreated(string TemplateId, string BrigadeId, string TaskId) : DetachmentEvent;

/// <summary>The template changed (its next version), before and after, with what changed in words.</summary>
[GenerateSerializer, Alias("Responsibility.TemplateChanged")]
public sealed record TemplateChanged(string TemplateId, TemplateTask Before, TemplateTask After, string Note) : DetachmentEvent;

/// <summary>A change of the template (its version) reached one brigade's instance.</summary>
[GenerateSerializer, Alias("Responsibility.TemplateInstanceAdjusted")]
public sealed record TemplateInstanceAdjusted(string TemplateId, string BrigadeId, int Version) : DetachmentEvent;

/// <summary>
/// A version of the month's 月度调度通报 was stored (<see cref="Abstractions.IDetachmentReportVersionGrain"/>) with the
/// month's number in the detachment's series; the list of reports is this event's projection.
/// </summary>
[GenerateSerializer, Alias("Responsibility.DetachmentReportGenerated")]
public sealed record DetachmentReportGenerated(int Year, int Month, int Version, int Number) : DetachmentEvent;

/// <summary>A 责任清单 item handed down (kind DutyItem), before any brigade has it.</summary>
[GenerateSerializer, Alias("Responsibility.DutyItemTemplatePublished")]
public sealed record DutyItemTemplatePublished(string TemplateId, TemplateDutyItem Item, string? IdempotencyKey, string RequestHash) : DetachmentEvent;

/// <summary>A 清单 item template changed, with what changed in words for the brigades.</summary>
[GenerateSerializer, Alias("Responsibility.DutyItemTemplateChanged")]
public sealed record DutyItemTemplateChanged(string TemplateId, TemplateDutyItem Before, TemplateDutyItem After, string Note) : DetachmentEvent;
