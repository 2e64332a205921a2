namespace Responsibility.Api.Meetings;

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Api.Reports;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// A brigade leader records the month's 党总支扩大会 (<see cref="ReportMonth"/>, yyyy-MM, defaults to the month before), or
/// with <see cref="Kind"/> Accountability a 述责述廉 meeting, which opens the 民主测评 and hears no report.
/// </summary>
public sealed record RecordMeeting(
    [property: Required] DateOnly? Date, [property: Required] string? Title, [property: Required] string? Chair, string[]? Attendees, string[]? Topics, string? ReportMonth,
    MeetingKind? Kind = null)
    : IRequest<MeetingResponse>, IAuthorizedRequest
{
    public const int MaxPeople = 100;
    public const int MaxTopics = 30;

    [JsonIgnore]
    public string BrigadeId { get; init; } = "";

    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.HoldMeetings);
}

public sealed class RecordMeetingValidator : AbstractValidator<RecordMeeting>
{
    public RecordMeetingValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.Date).NotNull().Must(d => d is null || d.Value.Year is >= 2000 and <= 2100).WithMessage("会议日期须在 2000 年到 2100 年之间。");
        RuleFor(r => r.Title).Required(TextRules.Title);
        RuleFor(r => r.Chair).Required(TextRules.Name);
        RuleFor(r => r.Attendees).Must(a => a is null || a.Length <= RecordMeeting.MaxPeople).WithMessage($"参会人员最多 {RecordMeeting.MaxPeople} 人。");
        RuleForEach(r => r.Attendees).Required(TextRules.Name);
        RuleFor(r => r.Topics).Must(t => t is null || t.Length <= RecordMeeting.MaxTopics).WithMessage($"会议议题最多 {RecordMeeting.MaxTopics} 项。");
        RuleForEach(r => r.Topics).Required(TextRules.Title);
        RuleFor(r => r.ReportMonth!).IsMonth().When(r => r.ReportMonth is not null);
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.ReportMonth).Null().When(r => r.Kind == MeetingKind.Accountability).WithMessage("述责述廉会议不听取月度调度报告。");
    }
}

public sealed class RecordMeetingHandler(IGrainFactory grains, CallerAccessor callers) : IRequestHandler<RecordMeeting, MeetingResponse>
{
    public async ValueTask<MeetingResponse> Handle(RecordMeeting r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var draft = new MeetingDraft(
            r.BrigadeId, r.Date!.Value, r.Title!.Trim(), r.Chair!.Trim(), [.. (r.Attendees ?? []).Select(a => a.Trim())],
            [.. (r.Topics ?? []).Select(t => t.Trim())], r.ReportMonth, r.Kind ?? MeetingKind.Monthly);
        var meeting = await grains.GetGrain<IMeetingGrain>(RecordIds.New()).Record(draft, caller.Username);
        return (await new MeetingResponses(grains).From(r.BrigadeId, [meeting]))[0];
    }
}
