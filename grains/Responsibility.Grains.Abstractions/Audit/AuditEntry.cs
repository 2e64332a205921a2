namespace Responsibility.Grains.Abstractions.Audit;

/// <summary>
/// One change as people read it: <see cref="Action"/> (填报进度), its <see cref="Subject"/> (FZ-02 开展执法质量检查)
/// and the fields it changed, before and after. <see cref="Kind"/> is the event's stable name (<see cref="AuditKinds"/>);
/// <see cref="Actor"/> the username (display names are the reader's to look up).
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AuditEntry")]
public sealed record AuditEntry(
    long Position,
    DateTimeOffset At,
    string Actor,
    string Kind,
    string Action,
    string? TaskId,
    string Subject,
    AuditChange[] Changes);
