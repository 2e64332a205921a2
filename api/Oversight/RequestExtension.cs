namespace Responsibility.Api.Oversight;

using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Responsibility.Api.Attachments;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// 延期申请 on a task, an instruction, a 整改 item or a duty slot of the caller's brigade: before its current due date by
/// the head of its unit (a leader for their own slot); after it a leader in scope sets the new date, granted as made.
/// </summary>
public sealed record RequestExtension(
    [property: Required] ExtensionTarget? Target,
    [property: Required] DateOnly? ProposedDue,
    [property: Required] string? Reason,
    string? Progress,
    string[]? AttachmentIds) : IRequest<ExtensionResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.AskExtension(Target!);
}

public sealed class RequestExtensionValidator : AbstractValidator<RequestExtension>
{
    public RequestExtensionValidator()
    {
        RuleFor(r => r.Target).NotNull().WithMessage("须指定延期的事项。");
        RuleFor(r => r.Target!.Kind).IsInEnum().WithMessage("事项类型须为 Task、Instruction、Rectification 或 DutySlot。").When(r => r.Target is not null);
        RuleFor(r => r.Target!.Id).Required(TextRules.Title).When(r => r.Target is not null);
        RuleFor(r => r.Target!.UnitId).Optional(TextRules.Name).When(r => r.Target is not null);
        RuleFor(r => r.Target!.LeaderId).Optional(TextRules.Name).When(r => r.Target is not null);
        RuleFor(r => r.Target).Must(t => t!.Kind != ExtensionTargetKind.DutySlot || (t.UnitId is null) != (t.LeaderId is null))
            .WithMessage("履责时点须指明所属单位（unitId）或班子成员（leaderId）之一。").When(r => r.Target is not null);
        RuleFor(r => r.ProposedDue).NotNull().WithMessage("请填写申请延期至的日期。")
            .Must(d => d is null || d.Value.Year is >= 2000 and <= 2100).WithMessage("日期须在 2000 年到 2100 年之间。");
        RuleFor(r => r.Reason).Required(1000);
        RuleFor(r => r.Progress).Optional(TextRules.Note);
        RuleFor(r => r.AttachmentIds).AreAttachmentIds();
    }
}

public sealed class RequestExtensionHandler(IGrainFactory grains, CallerAccessor callers, PermissionCheck permissions)
    : IRequestHandler<RequestExtension, ExtensionResponse>
{
    public async ValueTask<ExtensionResponse> Handle(RequestExtension r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var (_, pastDue) = await permissions.ExtensionStanding(caller, r.Target!);
        var draft = new ExtensionDraft(caller.BrigadeId!, r.Target!, r.ProposedDue!.Value, r.Reason!, r.Progress, r.AttachmentIds ?? []);
        var request = await grains.GetGrain<IExtensionGrain>(RecordIds.New()).Request(draft, setByLeader: pastDue, caller.Username);
        return await new ExtensionResponses(grains).One(request);
    }
}
