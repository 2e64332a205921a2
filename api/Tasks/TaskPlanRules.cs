namespace Responsibility.Api.Tasks;

using FluentValidation;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>The fields that plan a task — a brigade's own (<see cref="CreateTask"/>) or one a 支队 hands down.</summary>
public interface ITaskPlanFields
{
    string? Code { get; }

    string? Category { get; }

    MetricBody? Metric { get; }

    double? Weight { get; }

    DateOnly? Start { get; }

    DateOnly? Due { get; }

    string? IndicatorCode { get; }

    double[]? PlannedByMonth { get; }
}

/// <summary>A change to a task's plan (PATCH): only the fields present change.</summary>
public interface ITaskPlanChange
{
    string? Title { get; }

    string? Category { get; }

    DutyLine? DutyLine { get; }

    double? Target { get; }

    string? UnitLabel { get; }

    double? Weight { get; }

    DateOnly? Start { get; }

    DateOnly? Due { get; }

    string? IndicatorCode { get; }

    double[]? PlannedByMonth { get; }
}

/// <summary>The one set of rules for a task's plan and for a change to it, whoever sends them.</summary>
public static class TaskPlanRules
{
    public static void AddTaskPlanRules<T>(this AbstractValidator<T> validator)
        where T : ITaskPlanFields
    {
        validator.RuleFor(r => r.Code).Required(32);
        validator.RuleFor(r => r.Category).Required(50);
        validator.RuleFor(r => r.Metric).NotNull().WithMessage("须填写考核指标。");
        validator.RuleFor(r => r.Metric!.Kind).NotNull().IsInEnum().When(r => r.Metric is not null).WithMessage("须选择计数、比率或节点。");
        validator.RuleFor(r => r.Metric!.Target).NotNull().WithMessage("须填写目标值。").CountTarget()
            .When(r => r.Metric is { Kind: MetricKind.Count });
        validator.RuleFor(r => r.Metric!.Target).NotNull().WithMessage("须填写目标值。").RateTarget()
            .When(r => r.Metric is { Kind: MetricKind.Rate });
        validator.RuleFor(r => r.Metric!.UnitLabel).Optional(20).When(r => r.Metric is not null);
        validator.RuleFor(r => r.Metric!.Direction).IsInEnum().When(r => r.Metric is not null).WithMessage("须选择越高越好或越低越好。");
        validator.RuleForEach(r => r.Metric!.Stages).ChildRules(stage =>
        {
            stage.RuleFor(s => s.Name).Required(TextRules.Name);
            stage.RuleFor(s => s.Weight).NotNull().PositiveFinite();
        }).When(r => r.Metric is not null);
        validator.RuleFor(r => r.Metric!.Stages)
            .Must(s => s is null || s.Length == 0 || Math.Abs(s.Sum(x => x.Weight ?? 0) - 1) < 1e-6)
            .WithMessage("节点权重合计须为 1。").When(r => r.Metric is not null);
        validator.RuleFor(r => r.Weight).PositiveFinite().LessThanOrEqualTo(1000);
        validator.RuleFor(r => r.Start).NotNull().WithMessage("须填写开始日期。");
        validator.RuleFor(r => r.Due).NotNull().WithMessage("须填写截止日期。");
        validator.RuleFor(r => r.Due).GreaterThanOrEqualTo(r => r.Start).When(r => r.Start is not null && r.Due is not null)
            .WithMessage("截止日期不能早于开始日期。");
        validator.RuleFor(r => r.IndicatorCode).IndicatorCode();
        validator.RuleFor(r => r.PlannedByMonth).CumulativePlan();
    }

    public static void AddTaskPlanChangeRules<T>(this AbstractValidator<T> validator)
        where T : ITaskPlanChange
    {
        validator.RuleFor(r => r.Title).Optional(TextRules.Title).Must(t => t is null || t.Trim().Length > 0).WithMessage("不能为空。");
        validator.RuleFor(r => r.Category).Optional(50).Must(c => c is null || c.Trim().Length > 0).WithMessage("不能为空。");
        validator.RuleFor(r => r.DutyLine).IsInEnum().WithMessage("须选择业务工作或法治建设·党风廉政。");
        validator.RuleFor(r => r.Target).CountTarget();
        validator.RuleFor(r => r.UnitLabel).Optional(20);
        validator.RuleFor(r => r.Weight).PositiveFinite().LessThanOrEqualTo(1000);
        validator.RuleFor(r => r.Due).GreaterThanOrEqualTo(r => r.Start).When(r => r.Start is not null && r.Due is not null)
            .WithMessage("截止日期不能早于开始日期。");
        validator.RuleFor(r => r.IndicatorCode).IndicatorCode();
        validator.RuleFor(r => r.PlannedByMonth).CumulativePlan();
    }
}
