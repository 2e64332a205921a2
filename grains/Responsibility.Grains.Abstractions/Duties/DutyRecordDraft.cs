namespace Responsibility.Grains.Abstractions.Duties;

/// <summary>A 履责纪实 record as written (一事一记): what was done, when, with whom, the files, and the slots it fulfils.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.DutyRecordDraft")]
public sealed record DutyRecordDraft(
    DutyRecordKind Kind,
    DateOnly OccurredOn,
    string Content,
    string[] Participants,
    string[] SlotIds,
    string[] AttachmentIds,
    FollowUp? FollowUp);
