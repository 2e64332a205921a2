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
    : IRequest<TaskResponse>, IAuthorizedRequest, ITaskPlanFields
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
        RuleFor(r => r.Title).Required(TextRules.Title);
        RuleFor(r => r.UnitId).IsSlug();
        RuleFor(r => r.LeaderId).IsSlug().When(r => r.LeaderId is not null);
        RuleFor(r => r.DutyLine).NotNull().WithMessage("须选择业务工作或法治建设·党风廉政。").IsInEnum()
            .WithMessage("须选择业务工作或法治建设·党风廉政。");
        this.AddTaskPlanRules();
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
