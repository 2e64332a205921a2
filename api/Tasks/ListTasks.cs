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

/// <summary>Everyone in the brigade lists the tasks with their progress: figures are open, entries are not in it.</summary>
public sealed class ListTasksHandler(IGrainFactory grains) : IRequestHandler<ListTasks, TaskResponse[]>
{
    public async ValueTask<TaskResponse[]> Handle(ListTasks r, CancellationToken cancellationToken)
    {
        var filter = new TaskFilter(r.Year, r.UnitId, r.LeaderId, r.Status, r.Category, r.Code);
        var views = await grains.GetGrain<IBrigadeGrain>(r.BrigadeId).ListTasks(filter, r.AsOf);
        return views.Select(TaskResponse.From).ToArray();
    }
}
