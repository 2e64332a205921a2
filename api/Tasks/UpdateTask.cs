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
    : IRequest<TaskResponse>, IAuthorizedRequest, ITaskPlanChange
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
        RuleFor(r => r.UnitId).IsSlug().When(r => r.UnitId is not null);
        RuleFor(r => r.LeaderId).IsSlug().When(r => r.LeaderId is not null);
        this.AddTaskPlanChangeRules();
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
