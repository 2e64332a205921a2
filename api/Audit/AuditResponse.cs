namespace Responsibility.Api.Audit;

using Responsibility.Grains.Abstractions.Audit;

/// <summary>A page of the audit trail; <see cref="Next"/> is the <c>cursor</c> of the next, older page (null at the end).</summary>
public sealed record AuditResponse(AuditLine[] Entries, string? Next);

/// <summary>One change, its actor named as people know them.</summary>
public sealed record AuditLine(
    long Position, DateTimeOffset At, string Actor, string ActorName, string Kind, string Action, string? TaskId, string Subject,
    AuditChange[] Changes);
