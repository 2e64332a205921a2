namespace Responsibility.Grains.Abstractions.Inbox;

/// <summary>
/// One thing that needs the reader. <see cref="Title"/> is what it concerns (a task's code and title, an instruction's
/// text, a unit's name); <see cref="Detail"/> what people read beside it (a return's reason, an answer); <see cref="Count"/>
/// how many of a unit's tasks are unreported; <see cref="UnitName"/> the unit it concerns, as the brigade names it (an
/// overdue instruction names the late unit); <see cref="SlotId"/> the duty slot (履责时点) a <see cref="InboxItemKind.DutySlot"/>
/// asks to record; <see cref="RectificationId"/> and <see cref="ExtensionId"/> the 整改 item or 延期申请 it concerns;
/// <see cref="MeetingId"/> and <see cref="LeaderId"/> the 述责述廉 meeting and the leader a 提醒谈话 concerns.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.InboxItem")]
public sealed record InboxItem(
    InboxItemKind Kind,
    string Title,
    DateOnly? Due,
    bool Overdue,
    string? TaskId = null,
    string? InstructionId = null,
    string? UnitId = null,
    string? EntryId = null,
    int Count = 0,
    string? Detail = null,
    string? UnitName = null,
    string? SlotId = null,
    string? RectificationId = null,
    string? ExtensionId = null,
    string? LeaderId = null,
    int? Year = null,
    string? MeetingId = null,
    string? DutyItemId = null);
