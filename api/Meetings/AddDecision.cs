namespace Responsibility.Api.Meetings;

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>A decision (议定事项): one instruction to each unit, supervised by the leader, due by the date.</summary>
public sealed record AddDecision(
    [property: Required] string? Text, [property: Required] string[]? UnitIds, [property: Required] string? LeaderId, [property: Required] DateOnly? DueDate)
    : IRequest<MeetingResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string MeetingId { get; init; } = "";

    public Permission Permission => new Permission.Meeting(MeetingId, MeetingAction.Decide);
}

public sealed class AddDecisionValidator : AbstractValidator<AddDecision>
{
    public AddDecisionValidator()
    {
        RuleFor(r => r.Text).Required(TextRules.Note);
        RuleFor(r => r.UnitIds).NotEmpty().WithMessage("须指定责任单位。")
            .Must(u => u is null || u.Length <= 30).WithMessage("责任单位最多 30 个。");
        RuleForEach(r => r.UnitIds).IsSlug();
        RuleFor(r => r.LeaderId).IsSlug();
        RuleFor(r => r.DueDate).NotNull().Must(d => d is null || d.Value.Year is >= 2000 and <= 2100).WithMessage("完成时限须在 2000 年到 2100 年之间。");
    }
}

public sealed class AddDecisionHandler(IGrainFactory grains, CallerAccessor callers) : IRequestHandler<AddDecision, MeetingResponse>
{
    public async ValueTask<MeetingResponse> Handle(AddDecision r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var meeting = await grains.GetGrain<IMeetingGrain>(r.MeetingId)
            .AddDecision(new DecisionDraft(r.Text!.Trim(), r.UnitIds!, r.LeaderId!, r.DueDate!.Value), caller.Username);
        return (await new MeetingResponses(grains).From(meeting.Definition.BrigadeId, [meeting]))[0];
    }
}
