namespace Responsibility.Api.Tasks;

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Tasks;

public sealed record CreateTask(
    [property: Required] int? Year, [property: Required] string? Code, [property: Required] string? Title,
    [property: Required] string? Category, [property: Required] string? UnitId, string? LeaderId, [property: Required] DutyLine? DutyLine,
    [property: Required] MetricBody? Metric, double? Weight, [property: Required] DateOnly? Start, [property: Required] DateOnly? Due,
    string? IndicatorCode, double[]? PlannedByMonth)
    : IRequest<TaskResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string BrigadeId { get; init; } = "";

    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.Administer);
}

public sealed class CreateTaskValidator : AbstractValidator<CreateTask>
{
    public CreateTaskValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.Year).NotNull().InclusiveBetween(2000, 2100).WithMessage("年度须在 2000 到 2100 之间。");
        RuleFor(r => r.Code).Required(32);
        RuleFor(r => r.Title).Required(TextRules.Title);
        RuleFor(r => r.Category).Required(50);
        RuleFor(r => r.UnitId).IsSlug();
        RuleFor(r => r.LeaderId).IsSlug().When(r => r.LeaderId is not null);
        RuleFor(r => r.DutyLine).NotNull().WithMessage("须选择业务工作或法治建设·党风廉政。").IsInEnum()
            .WithMessage("须选择业务工作或法治建设·党风廉政。");
        RuleFor(r => r.Metric).NotNull().WithMessage("须填写考核指标。");
        RuleFor(r => r.Metric!.Kind).NotNull().IsInEnum().When(r => r.Metric is not null).WithMessage("须选择计数、比率或节点。");
        RuleFor(r => r.Metric!.Target).NotNull().WithMessage("须填写目标值。").CountTarget()
            .When(r => r.Metric is { Kind: MetricKind.Count });
        RuleFor(r => r.Metric!.Target).NotNull().WithMessage("须填写目标值。").RateTarget()
            .When(r => r.Metric is { Kind: MetricKind.Rate });
        RuleFor(r => r.Metric!.UnitLabel).Optional(20).When(r => r.Metric is not null);
        RuleFor(r => r.Metric!.Direction).IsInEnum().When(r => r.Metric is not null).WithMessage("须选择越高越好或越低越好。");
        RuleForEach(r => r.Metric!.Stages).ChildRules(stage =>
        {
            stage.RuleFor(s => s.Name).Required(TextRules.Name);
            stage.RuleFor(s => s.Weight).NotNull().PositiveFinite();
        }).When(r => r.Metric is not null);
        RuleFor(r => r.Metric!.Stages)
            .Must(s => s is null || s.Length == 0 || Math.Abs(s.Sum(x => x.Weight ?? 0) - 1) < 1e-6)
            .WithMessage("节点权重合计须为 1。").When(r => r.Metric is not null);
        RuleFor(r => r.Weight).PositiveFinite().LessThanOrEqualTo(1000);
        RuleFor(r => r.Start).NotNull().WithMessage("须填写开始日期。");
        RuleFor(r => r.Due).NotNull().WithMessage("须填写截止日期。");
        RuleFor(r => r.Due).GreaterThanOrEqualTo(r => r.Start).When(r => r.Start is not null && r.Due is not null)
            .WithMessage("截止日期不能早于开始日期。");
        RuleFor(r => r.IndicatorCode).IndicatorCode();
        RuleFor(r => r.PlannedByMonth).CumulativePlan();
    }
}

public sealed class CreateTaskHandler(IGrainFactory grains, CallerAccessor callers) : IRequestHandler<CreateTask, TaskResponse>
{
    public async ValueTask<TaskResponse> Handle(CreateTask r, CancellationToken cancellationToken)
    {
        var metric = r.Metric!.ToMetric();
        var draft = new TaskDraft(
            r.Year!.Value, r.Code!, r.Title!, r.Category!, r.UnitId!, r.LeaderId, r.DutyLine!.Value, metric, r.Weight ?? 1,
            r.Start!.Value, r.Due!.Value, string.IsNullOrEmpty(r.IndicatorCode) ? null : r.IndicatorCode,
            r.PlannedByMonth is { Length: 12 } plan ? plan : null);
        var caller = await callers.Get();
        return TaskResponse.From(await grains.GetGrain<IBrigadeGrain>(r.BrigadeId).CreateTask(draft, caller.Username));
    }
}
