namespace Responsibility.Grains.Abstractions.Oversight;

using Responsibility.Grains.Abstractions.Attachments;

public enum RectificationState
{
    /// <summary>Waiting for the unit's 整改情况.</summary>
    Open = 0,

    /// <summary>整改情况 reported, waiting for the check (销号 or 退回).</summary>
    Reported = 1,

    /// <summary>Sent back with a reason: a new report is due.</summary>
    Returned = 2,

    /// <summary>销号: checked and closed, with evidence.</summary>
    Closed = 3,
}

public enum RectificationStepKind
{
    /// <summary>整改情况 from the unit, with evidence.</summary>
    Reported = 0,

    /// <summary>退回 with a reason.</summary>
    Returned = 1,

    /// <summary>销号.</summary>
    Closed = 2,

    /// <summary>The due date moved by a granted extension (<see cref="RectificationStep.ExtensionId"/>) to <see cref="RectificationStep.Due"/>.</summary>
    Extended = 3,
}

[GenerateSerializer, Immutable, Alias("Responsibility.RectificationStep")]
public sealed record RectificationStep(
    RectificationStepKind Kind,
    string Actor,
    DateTimeOffset At,
    string? Text = null,
    AttachedFile[]? Attachments = null,
    DateOnly? Due = null,
    string? ExtensionId = null);

/// <summary>
/// A 整改 item: a finding of inspection <see cref="InspectionId"/> the unit <see cref="UnitId"/> must fix under its
/// 责任领导 <see cref="LeaderId"/>. Held by the unit's grain, which knows its earlier items: one of the same category is
/// 重复发生 (<see cref="RepeatOf"/>). <see cref="OriginalDue"/> never moves; <see cref="Due"/> is the current date after
/// extensions. Every later step is kept in order (留痕).
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.Rectification")]
public sealed record Rectification(
    string Id,
    string BrigadeId,
    string InspectionId,
    string Problem,
    string Category,
    string UnitId,
    string? Person,
    Severity Severity,
    string? Basis,
    string LeaderId,
    string Measures,
    DateOnly OriginalDue,
    string? RepeatOf,
    string OpenedBy,
    DateTimeOffset OpenedAt,
    RectificationStep[] Steps)
{
    /// <summary>The current due date: the latest extension's, or the original.</summary>
    public DateOnly Due => Array.FindLast(Steps, s => s.Kind == RectificationStepKind.Extended)?.Due ?? OriginalDue;

    public int ExtensionCount => Steps.Count(s => s.Kind == RectificationStepKind.Extended);

    public RectificationState State => Array.FindLast(Steps, s => s.Kind != RectificationStepKind.Extended)?.Kind switch
    {
        RectificationStepKind.Reported => RectificationState.Reported,
        RectificationStepKind.Returned => RectificationState.Returned,
        RectificationStepKind.Closed => RectificationState.Closed,
        _ => RectificationState.Open,
    };

    /// <summary>The report that stands: the latest, when nothing was returned or closed after it.</summary>
    public RectificationStep? Report() =>
        Array.FindLast(Steps, s => s.Kind != RectificationStepKind.Extended) is { Kind: RectificationStepKind.Reported } report ? report : null;

    public DateTimeOffset? ClosedAt => State == RectificationState.Closed ? Array.FindLast(Steps, s => s.Kind == RectificationStepKind.Closed)!.At : null;

    /// <summary>Open past its current due date on <paramref name="day"/>.</summary>
    public bool IsOverdue(DateOnly day) => State != RectificationState.Closed && day > Due;

    /// <summary>The item as it stood at <paramref name="cut"/>; null when it was opened later.</summary>
    public Rectification? AsOf(DateTimeOffset cut) =>
        OpenedAt > cut ? null : this with { Steps = [.. Steps.Where(s => s.At <= cut)] };
}

/// <summary>What the 整改台账 lists: by unit, by state, only those overdue today, only those of one inspection or year.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.RectificationFilter")]
public sealed record RectificationFilter(
    string? UnitId = null,
    RectificationState? State = null,
    bool? Overdue = null,
    string? InspectionId = null,
    int? Year = null,
    string? LeaderId = null);

/// <summary>Where inspection ids, and the ids of the 整改 items they yield, come from.</summary>
public static class RectificationIds
{
    /// <summary>The <paramref name="number"/>th finding of an inspection: "{inspectionId}-{number}".</summary>
    public static string Of(string inspectionId, int number) => $"{inspectionId}-{number}";

    /// <summary>The inspection and the finding's number; null for anything that cannot be such an id.</summary>
    public static (string InspectionId, int Number)? Parse(string? id)
    {
        if (id is null || id.Length < 34 || id[32] != '-' || !Supervision.RecordIds.IsWellFormed(id[..32])
            || !int.TryParse(id.AsSpan(33), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            || n < 1 || id[33] == '0')
        {
            return null;
        }

        return (id[..32], n);
    }
}
