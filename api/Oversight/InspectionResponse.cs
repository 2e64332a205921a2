namespace Responsibility.Api.Oversight;

using Responsibility.Api.Attachments;
using Responsibility.Grains.Abstractions.Oversight;

/// <summary>An inspection as the API shows it: people and units by name; its findings as the caller may read them.</summary>
public sealed record InspectionResponse(
    string Id,
    string BrigadeId,
    InspectionKind Kind,
    string KindName,
    DateOnly Date,
    string Title,
    string[] InspectorIds,
    string[] InspectorNames,
    string[] UnitIds,
    string[] UnitNames,
    string Summary,
    string Author,
    string AuthorName,
    DateTimeOffset RecordedAt,
    int FindingCount,
    RectificationResponse[] Findings);

/// <summary>
/// A 整改 item (SPEC §6): <see cref="OriginalDue"/> as set, <see cref="Due"/> after extensions, <see cref="Overdue"/>
/// judged today; <see cref="RepeatOf"/> the earlier item of the unit and category it repeats; every step in order.
/// </summary>
public sealed record RectificationResponse(
    string Id,
    string BrigadeId,
    string InspectionId,
    string InspectionTitle,
    string Problem,
    string Category,
    string UnitId,
    string UnitName,
    string? Person,
    Severity Severity,
    string? Basis,
    string LeaderId,
    string LeaderName,
    string Measures,
    DateOnly OriginalDue,
    DateOnly Due,
    int ExtensionCount,
    RectificationState State,
    string StateName,
    bool Overdue,
    string? RepeatOf,
    string OpenedBy,
    string OpenedByName,
    DateTimeOffset OpenedAt,
    RectificationStepResponse[] Steps);

/// <summary>One step: a report (text and files), a return (its reason), 销号, or a due date moved by an extension.</summary>
public sealed record RectificationStepResponse(
    RectificationStepKind Kind, string Actor, string ActorName, DateTimeOffset At, string? Text, AttachmentResponse[] Attachments,
    DateOnly? Due, string? ExtensionId);
