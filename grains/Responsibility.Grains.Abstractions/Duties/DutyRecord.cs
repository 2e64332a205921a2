namespace Responsibility.Grains.Abstractions.Duties;

using Responsibility.Grains.Abstractions.Attachments;

/// <summary>
/// A 履责纪实 record of one holder: written by <see cref="RecordedBy"/> (a username), or, with another <see cref="Source"/>,
/// made by the system from what the leader did (<see cref="SourceId"/>: the instruction, meeting or task). A follow-up made
/// the instructions <see cref="InstructionIds"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.DutyRecord")]
public sealed record DutyRecord(
    string Id,
    DutyHolder Holder,
    DutyRecordKind Kind,
    DateOnly OccurredOn,
    string Content,
    string[] Participants,
    string[] SlotIds,
    AttachedFile[] Attachments,
    FollowUp? FollowUp,
    string[] InstructionIds,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    DutyRecordSource Source = DutyRecordSource.Written,
    string? SourceId = null)
{
    /// <summary>谈心谈话, 提醒谈话 and 约谈: the 谈话 a 廉政档案 lists apart.</summary>
    public bool IsTalk => Kind is DutyRecordKind.Talk or DutyRecordKind.Reminder or DutyRecordKind.Interview;
}
