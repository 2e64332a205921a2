namespace Responsibility.Api.Tasks;

using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>PATCH: only the fields present change; year, code and metric kind never do.</summary>
public sealed record UpdateTask(
    string? Title, string? Category, string? UnitId, string? LeaderId, DutyLine? DutyLine, double? Target,
    string? UnitLabel, double? Weight, DateOnly? Start, DateOnly? Due, string? IndicatorCode, double[]? PlannedByMonth)
    : IRequest<TaskResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string TaskId { get; init; } = "";

    /// <summary>The version the change was made against; null when the client sent <c>If-Match: *</c>.</summary>
    [JsonIgnore]
    public int? ExpectedVersion { get; init; }

    public Permission Permission => new Permission.Task(TaskId, TaskAction.Administer);
}

public sealed class UpdateTaskValidator : AbstractValidator<UpdateTask>
{
    public UpdateTaskValidator()
    {
        RuleFor(r => r.Title).Optional(TextRules.Title).Must(t => t is null || t.Trim().Length > 0).WithMessage("不能为空。");
        RuleFor(r => r.Category).Optional(50).Must(c => c is null || c.Trim().Length > 0).WithMessage("不能为空。");
        RuleFor(r => r.UnitId).IsSlug().When(r => r.UnitId is not null);
        RuleFor(r => r.LeaderId).IsSlug().When(r => r.LeaderId is not null);
        RuleFor(r => r.DutyLine).IsInEnum().WithMessage("须选择业务工作或法治建设·党风廉政。");
        RuleFor(r => r.Target).CountTarget();
        RuleFor(r => r.UnitLabel).Optional(20);
        RuleFor(r => r.Weight).PositiveFinite().LessThanOrEqualTo(1000);
        RuleFor(r => r.Due).GreaterThanOrEqualTo(r => r.Start).When(r => r.Start is not null && r.Due is not null)
            .WithMessage("截止日期不能早于开始日期。");
        RuleFor(r => r.IndicatorCode).IndicatorCode();
        RuleFor(r => r.PlannedByMonth).CumulativePlan();
    }
}

public sealed class UpdateTaskHandler(IGrainFactory grains, CallerAccessor callers) : IRequestHandler<UpdateTask, TaskResponse>
{
    public async ValueTask<TaskResponse> Handle(UpdateTask r, CancellationToken cancellationToken)
    {
        var patch = new TaskPatch(r.Title, r.Category, r.UnitId, r.LeaderId, r.DutyLine, r.Target, r.UnitLabel, r.Weight,
            r.Start, r.Due, r.IndicatorCode, r.PlannedByMonth);
        var caller = await callers.Get();
        var view = await grains.GetGrain<ITaskGrain>(r.TaskId).Update(patch, r.ExpectedVersion, caller.Username);
        return TaskResponse.From(view);
    }
}
