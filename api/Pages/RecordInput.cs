namespace Responsibility.Api.Pages;

using Responsibility.Api.Duties;
using Responsibility.Grains.Abstractions.Duties;

/// <summary>
/// The 履责纪实 form (一事一记). 整改要求 is offered with every kind and sent only when written: the rules say which kinds
/// may carry it (提醒谈话, 约谈), and the refusal says so beside the field.
/// </summary>
public sealed class RecordInput
{
    public DutyRecordKind? Kind { get; set; }

    public DateOnly? OccurredOn { get; set; }

    public string? Content { get; set; }

    public string? Participants { get; set; }

    public string[] SlotIds { get; set; } = [];

    public string[] AttachmentIds { get; set; } = [];

    public string? FollowUpText { get; set; }

    public string[] FollowUpUnitIds { get; set; } = [];

    public DateOnly? FollowUpDue { get; set; }

    public bool HasFollowUp => !string.IsNullOrWhiteSpace(FollowUpText) || FollowUpUnitIds.Length > 0 || FollowUpDue is not null;

    public RecordDuty ToRequest(DutyHolder holder) => new(
        Kind, OccurredOn, Content?.Trim(), PeopleList.Split(Participants),
        holder.Kind == DutyHolderKind.Leader ? holder.Id : null, holder.Kind == DutyHolderKind.Unit ? holder.Id : null,
        SlotIds, AttachmentIds,
        HasFollowUp ? new FollowUp(FollowUpText?.Trim() ?? "", FollowUpUnitIds, FollowUpDue ?? default) : null)
    {
        BrigadeId = holder.BrigadeId,
    };
}
