namespace Responsibility.Api.Tasks;

using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Tasks;

public sealed record ListTasks(
    string BrigadeId, int? Year, string? UnitId, string? LeaderId, ProgressStatus? Status, string? Category, DateOnly? AsOf,
    string? Code = null)
    : IRequest<TaskResponse[]>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ListTasks);
}

public sealed class ListTasksValidator : AbstractValidator<ListTasks>
{
    public ListTasksValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.UnitId).IsSlug().When(r => r.UnitId is not null);
        RuleFor(r => r.LeaderId).IsSlug().When(r => r.LeaderId is not null);
        RuleFor(r => r.Category).Optional(50);
        RuleFor(r => r.Code).Optional(32);
        RuleFor(r => r.Status).IsInEnum();
    }
}

/// <summary>Everyone in the brigade may list tasks; each caller sees only the tasks they may read.</summary>
public sealed class ListTasksHandler(IGrainFactory grains, CallerAccessor callers) : IRequestHandler<ListTasks, TaskResponse[]>
{
    public async ValueTask<TaskResponse[]> Handle(ListTasks r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var brigade = grains.GetGrain<IBrigadeGrain>(r.BrigadeId);
        var info = await brigade.GetInfo();
        var callerLeader = Array.Find(info.Leaders, l => l.Id == caller.LeaderId);
        if (r.UnitId is not null && !AccessPolicy.CanReadUnit(caller, r.BrigadeId, r.UnitId, callerLeader))
        {
            throw new ForbiddenException("无权查看该单位的任务。");
        }

        var views = await brigade.ListTasks(new TaskFilter(r.Year, r.UnitId, r.LeaderId, r.Status, r.Category, r.Code), r.AsOf);
        return views
            .Where(v => AccessPolicy.Narrow(caller, v.Definition, callerLeader))
            .Select(TaskResponse.From)
            .ToArray();
    }
}
