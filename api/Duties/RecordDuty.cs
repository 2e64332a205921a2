namespace Responsibility.Api.Duties;

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Attachments;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Duties;

/// <summary>
/// 一事一记: a leader records what they did (or a unit head their unit's); <see cref="LeaderId"/> or <see cref="UnitId"/>
/// names whose record it is, the slots it fulfils are theirs. A 约谈 or 提醒谈话 may carry 整改要求 (<see cref="FollowUp"/>).
/// </summary>
public sealed record RecordDuty(
    [property: Required] DutyRecordKind? Kind, [property: Required] DateOnly? OccurredOn, [property: Required] string? Content,
    string[]? Participants, string? LeaderId, string? UnitId, string[]? SlotIds, string[]? AttachmentIds, FollowUp? FollowUp)
    : IRequest<DutyRecordResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string BrigadeId { get; init; } = "";

    [JsonIgnore]
    public DutyHolder Holder => LeaderId is not null ? DutyHolder.Leader(BrigadeId, LeaderId) : DutyHolder.Unit(BrigadeId, UnitId ?? "");

    public Permission Permission => new Permission.Holder(Holder, HolderAction.Record);
}

public sealed class RecordDutyValidator : AbstractValidator<RecordDuty>
{
    public RecordDutyValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.Kind).NotNull().WithMessage("须选择履责类型。").IsInEnum().WithMessage("不是可选的履责类型。");
        RuleFor(r => r.OccurredOn).NotNull().WithMessage("须填写履责日期。")
            .Must(d => d is null || d.Value.Year is >= DutyYear.First and <= DutyYear.Last).WithMessage("履责日期须在 2000 年到 2100 年之间。");
        RuleFor(r => r.Content).Required(TextRules.Note);
        RuleFor(r => r.Participants).Must(p => p is null || p.Length <= DutyLimits.MaxParticipants)
            .WithMessage($"参加人员最多 {DutyLimits.MaxParticipants} 人。");
        RuleForEach(r => r.Participants).Required(TextRules.Name);
        RuleFor(r => r).Must(r => (r.LeaderId is null) != (r.UnitId is null)).WithMessage("须指定班子成员（leaderId）或单位（unitId）中的一个。")
            .OverridePropertyName("leaderId");
        RuleFor(r => r.LeaderId).IsSlug().When(r => r.LeaderId is not null);
        RuleFor(r => r.UnitId).IsSlug().When(r => r.UnitId is not null);
        RuleFor(r => r.SlotIds).Must(s => s is null || (s.Length <= DutyLimits.MaxSlots && s.All(id => id.Length is > 0 and <= 100)))
            .WithMessage($"一条纪实最多对应 {DutyLimits.MaxSlots} 个履责时点。");
        RuleFor(r => r.AttachmentIds).AreAttachmentIds();
        RuleFor(r => r.FollowUp!.Text).Required(TextRules.Note).When(r => r.FollowUp is not null).OverridePropertyName("followUp.text");
        RuleFor(r => r.FollowUp!.UnitIds).NotNull().WithMessage("须指定整改单位。").When(r => r.FollowUp is not null)
            .OverridePropertyName("followUp.unitIds");
        RuleForEach(r => r.FollowUp!.UnitIds).IsSlug().When(r => r.FollowUp?.UnitIds is not null).OverridePropertyName("followUp.unitIds");
        RuleFor(r => r.FollowUp!.DueDate).Must(d => d.Year is >= DutyYear.First and <= DutyYear.Last)
            .WithMessage("整改时限须在 2000 年到 2100 年之间。").When(r => r.FollowUp is not null).OverridePropertyName("followUp.dueDate");
    }
}

public sealed class RecordDutyHandler(IGrainFactory grains, CallerAccessor callers) : IRequestHandler<RecordDuty, DutyRecordResponse>
{
    public async ValueTask<DutyRecordResponse> Handle(RecordDuty r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var draft = new DutyRecordDraft(
            r.Kind!.Value, r.OccurredOn!.Value, r.Content!, [.. (r.Participants ?? []).Select(p => p.Trim())], r.SlotIds ?? [],
            r.AttachmentIds ?? [], r.FollowUp is { } f ? f with { Text = f.Text.Trim() } : null);
        var record = await grains.Grain(r.Holder).Record(draft, caller.Username);
        var brigade = await grains.GetGrain<IBrigadeGrain>(r.BrigadeId).GetInfo();
        return (await new DutyRecordResponses(grains).From(brigade, [record]))[0];
    }
}
