namespace Responsibility.Api.Progress;

using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Attachments;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Tasks;

public sealed record ReportProgress(
    double? Value, int? Stage, DateOnly? OccurredOn, string? Note, string? Evidence, bool? Confirmed = null,
    string[]? AttachmentIds = null)
    : IRequest<EntryWithTask>, IAuthorizedRequest
{
    [JsonIgnore]
    public string TaskId { get; init; } = "";

    [JsonIgnore]
    public string? IdempotencyKey { get; init; }

    public Permission Permission => new Permission.Task(TaskId, TaskAction.Report);
}

/// <summary>Shape only: whether the value fits the task's metric is the task grain's call.</summary>
public sealed class ReportProgressValidator : AbstractValidator<ReportProgress>
{
    public ReportProgressValidator()
    {
        RuleFor(r => r).Must(r => (r.Value is null) != (r.Stage is null))
            .WithName("value").OverridePropertyName("value").WithMessage("须填写数值或完成的节点（二者填一项）。");
        RuleFor(r => r.Value).Must(v => v is null || double.IsFinite(v.Value)).WithMessage("须为有效数值。");
        RuleFor(r => r.Note).Optional(TextRules.Note);
        RuleFor(r => r.Evidence).Optional(TextRules.Note);
        RuleFor(r => r.AttachmentIds).AreAttachmentIds();
        RuleFor(r => r.IdempotencyKey).MaximumLength(128).WithName("Idempotency-Key").OverridePropertyName("idempotencyKey")
            .WithMessage("幂等键不能超过 128 个字符。");
    }
}

public sealed class ReportProgressHandler(IGrainFactory grains, CallerAccessor callers, ReportThrottle throttle)
    : IRequestHandler<ReportProgress, EntryWithTask>
{
    public async ValueTask<EntryWithTask> Handle(ReportProgress r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        throttle.Take(caller.Username);
        var report = new ProgressReport(
            r.Value, r.Stage, r.OccurredOn, r.Note ?? "", r.Evidence, r.IdempotencyKey, r.Confirmed ?? false, r.AttachmentIds);
        return EntryWithTask.From(await grains.GetGrain<ITaskGrain>(r.TaskId).ReportProgress(report, caller.Username));
    }
}
