namespace Responsibility.Api.Detachments;

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Api.Tasks;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// A template handed down (上级交办): <see cref="Kind"/> <c>Task</c> with the fields of a task without its unit and leader
/// (code, category, metric, start, due required), or <c>DutyItem</c> with the fields of a 责任清单 item without its holders
/// (section, cadence required; dueDate for a one-off item) — each brigade sets those for its instance.
/// </summary>
public sealed record PublishTemplate(
    [property: Required] string? Kind, [property: Required] int? Year, string? Code, [property: Required] string? Title,
    string? Category, [property: Required] DutyLine? DutyLine, MetricBody? Metric, double? Weight,
    DateOnly? Start, DateOnly? Due, string? IndicatorCode, double[]? PlannedByMonth,
    string? Section = null, string? Requirement = null, Cadence? Cadence = null, DateOnly? DueDate = null, string? Evidence = null)
    : IRequest<TemplateResponse>, IAuthorizedRequest, ITaskPlanFields
{
    [JsonIgnore]
    public string DetachmentId { get; init; } = "";

    [JsonIgnore]
    public string? IdempotencyKey { get; init; }

    public Permission Permission => new Permission.Detachment(DetachmentId, DetachmentAction.Administer);
}

public sealed class PublishTemplateValidator : AbstractValidator<PublishTemplate>
{
    public PublishTemplateValidator()
    {
        RuleFor(r => r.DetachmentId).IsSlug();
        RuleFor(r => r.Kind).NotEmpty().WithMessage("须填写交办类型（Task 或 DutyItem）。")
            .Must(k => k is null or "Task" or "DutyItem").WithMessage("交办类型须为 Task（任务）或 DutyItem（清单事项）。");
        RuleFor(r => r.Year).NotNull().InclusiveBetween(2000, 2100).WithMessage("年度须在 2000 到 2100 之间。");
        RuleFor(r => r.Title).Required(TextRules.Title);
        RuleFor(r => r.DutyLine).NotNull().WithMessage("须选择业务工作或法治建设·党风廉政。").IsInEnum()
            .WithMessage("须选择业务工作或法治建设·党风廉政。");
        When(r => r.Kind == "DutyItem", () =>
        {
            RuleFor(r => r.Section).Required(TextRules.Name);
            RuleFor(r => r.Requirement).Optional(TextRules.Note);
            RuleFor(r => r.Evidence).Optional(TextRules.Title);
            RuleFor(r => r.Cadence).NotNull().WithMessage("须选择履责频次。").IsInEnum()
                .WithMessage("履责频次须为一次性、每月、每季度、每半年或每年。");
            RuleFor(r => r.DueDate).NotNull().WithMessage("一次性事项须填写完成时限。").When(r => r.Cadence == Cadence.Once);
            RuleFor(r => r.DueDate).Must((r, d) => d is null || d.Value.Year == r.Year).WithMessage("完成时限须在该年度内。");
        });
        When(r => r.Kind != "DutyItem", this.AddTaskPlanRules);
        RuleFor(r => r.IdempotencyKey).MaximumLength(128).WithName("Idempotency-Key").OverridePropertyName("idempotencyKey")
            .WithMessage("幂等键不能超过 128 个字符。");
    }
}

public sealed class PublishTemplateHandler(IGrainFactory grains, CallerAccessor callers) : IRequestHandler<PublishTemplate, TemplateResponse>
{
    public async ValueTask<TemplateResponse> Handle(PublishTemplate r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var detachment = grains.GetGrain<IDetachmentGrain>(r.DetachmentId);
        if (r.Kind == "DutyItem")
        {
            var item = new TemplateDutyItem(
                r.Year!.Value, r.Section!, r.Title!, r.Requirement ?? "", r.DutyLine!.Value, r.Cadence!.Value, r.DueDate, r.Evidence ?? "");
            return TemplateResponse.From(await detachment.PublishDutyItemTemplate(item, r.IdempotencyKey, caller.Username));
        }

        var template = new TemplateTask(
            r.Year!.Value, r.Code!, r.Title!, r.Category!, r.DutyLine!.Value, r.Metric!.ToMetric(), r.Weight ?? 1, r.Start!.Value,
            r.Due!.Value, string.IsNullOrEmpty(r.IndicatorCode) ? null : r.IndicatorCode, r.PlannedByMonth is { Length: 12 } plan ? plan : null);
        return TemplateResponse.From(
            await grains.GetGrain<IDetachmentGrain>(r.DetachmentId).PublishTemplate(template, r.IdempotencyKey, caller.Username));
    }
}

/// <summary>The detachment's templates, newest first.</summary>
public sealed record ListTemplates(string DetachmentId) : IRequest<TemplateResponse[]>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Detachment(DetachmentId, DetachmentAction.Read);
}

public sealed class ListTemplatesValidator : AbstractValidator<ListTemplates>
{
    public ListTemplatesValidator() => RuleFor(r => r.DetachmentId).IsSlug();
}

public sealed class ListTemplatesHandler(IGrainFactory grains) : IRequestHandler<ListTemplates, TemplateResponse[]>
{
    public async ValueTask<TemplateResponse[]> Handle(ListTemplates r, CancellationToken cancellationToken) =>
        [.. (await grains.GetGrain<IDetachmentGrain>(r.DetachmentId).ListTemplates()).Select(TemplateResponse.From)];
}

/// <summary>A template with its brigades compared as of a day (default today).</summary>
public sealed record GetTemplate(string DetachmentId, string TemplateId, DateOnly? AsOf) : IRequest<TemplateComparisonResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Detachment(DetachmentId, DetachmentAction.Read);
}

public sealed class GetTemplateValidator : AbstractValidator<GetTemplate>
{
    public GetTemplateValidator() => RuleFor(r => r.DetachmentId).IsSlug();
}

public sealed class GetTemplateHandler(IGrainFactory grains) : IRequestHandler<GetTemplate, TemplateComparisonResponse>
{
    public async ValueTask<TemplateComparisonResponse> Handle(GetTemplate r, CancellationToken cancellationToken)
    {
        if (!TemplateIds.IsWellFormed(r.TemplateId))
        {
            throw DomainException.NotFound($"交办事项 {r.TemplateId} 不存在。");
        }

        return TemplateComparisonResponse.From(await grains.GetGrain<IDetachmentGrain>(r.DetachmentId).GetTemplate(r.TemplateId, r.AsOf));
    }
}

/// <summary>
/// PATCH: only the fields present change; year, code, kind and the brigades' assignments (holders) never do. A Task
/// template takes the task's fields, a DutyItem template the item's (section, requirement, cadence, dueDate, evidence);
/// title and dutyLine are both's.
/// </summary>
public sealed record UpdateTemplate(
    string? Title, string? Category, DutyLine? DutyLine, double? Target, string? UnitLabel, double? Weight, DateOnly? Start,
    DateOnly? Due, string? IndicatorCode, double[]? PlannedByMonth,
    string? Section = null, string? Requirement = null, Cadence? Cadence = null, DateOnly? DueDate = null, string? Evidence = null)
    : IRequest<TemplateResponse>, IAuthorizedRequest, ITaskPlanChange
{
    [JsonIgnore]
    public string DetachmentId { get; init; } = "";

    [JsonIgnore]
    public string TemplateId { get; init; } = "";

    [JsonIgnore]
    public bool HasItemFields => Section is not null || Requirement is not null || Cadence is not null || DueDate is not null || Evidence is not null;

    [JsonIgnore]
    public bool HasTaskFields => Category is not null || Target is not null || UnitLabel is not null || Weight is not null || Start is not null
        || Due is not null || IndicatorCode is not null || PlannedByMonth is not null;

    /// <summary>The version the change was made against; null when the client sent <c>If-Match: *</c>.</summary>
    [JsonIgnore]
    public int? ExpectedVersion { get; init; }

    public Permission Permission => new Permission.Detachment(DetachmentId, DetachmentAction.Administer);
}

public sealed class UpdateTemplateValidator : AbstractValidator<UpdateTemplate>
{
    public UpdateTemplateValidator()
    {
        RuleFor(r => r.DetachmentId).IsSlug();
        this.AddTaskPlanChangeRules();
        RuleFor(r => r.Section).Optional(TextRules.Name).Must(t => t is null || t.Trim().Length > 0).WithMessage("不能为空。");
        RuleFor(r => r.Requirement).Optional(TextRules.Note);
        RuleFor(r => r.Evidence).Optional(TextRules.Title);
        RuleFor(r => r.Cadence).IsInEnum().WithMessage("履责频次须为一次性、每月、每季度、每半年或每年。");
        RuleFor(r => r.Section).Null().When(r => r.HasTaskFields).WithMessage("任务与清单事项的字段不能同时修改。");
    }
}

public sealed class UpdateTemplateHandler(IGrainFactory grains, CallerAccessor callers) : IRequestHandler<UpdateTemplate, TemplateResponse>
{
    public async ValueTask<TemplateResponse> Handle(UpdateTemplate r, CancellationToken cancellationToken)
    {
        if (!TemplateIds.IsWellFormed(r.TemplateId))
        {
            throw DomainException.NotFound($"交办事项 {r.TemplateId} 不存在。");
        }

        var caller = await callers.Get();
        var detachment = grains.GetGrain<IDetachmentGrain>(r.DetachmentId);
        var kind = r.HasItemFields ? TemplateKind.DutyItem
            : r.HasTaskFields ? TemplateKind.Task
            : (await detachment.GetTemplate(r.TemplateId, null)).Template.Kind;
        if (kind == TemplateKind.DutyItem)
        {
            var change = new DutyItemTemplatePatch(r.Section, r.Title, r.Requirement, r.DutyLine, r.Cadence, r.DueDate, r.Evidence);
            return TemplateResponse.From(await detachment.ChangeDutyItemTemplate(r.TemplateId, change, r.ExpectedVersion, caller.Username));
        }

        var patch = new TaskPatch(r.Title, r.Category, null, null, r.DutyLine, r.Target, r.UnitLabel, r.Weight, r.Start, r.Due,
            r.IndicatorCode, r.PlannedByMonth);
        return TemplateResponse.From(await detachment.ChangeTemplate(r.TemplateId, patch, r.ExpectedVersion, caller.Username));
    }
}
