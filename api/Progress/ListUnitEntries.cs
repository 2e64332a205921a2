namespace Responsibility.Api.Progress;

using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Api.Tasks;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// A unit's tasks of a year, each with its entries where the caller may read them (null where not): the unit page's
/// 被退回 list and the month's report page. Figures are open to the brigade, entries follow <see cref="AccessPolicy"/>.
/// </summary>
public sealed record ListUnitEntries(string BrigadeId, string UnitId, int Year, DateOnly? AsOf = null)
    : IRequest<TaskEntries[]>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ListTasks);
}

public sealed record TaskEntries(TaskResponse Task, EntryResponse[]? Entries);

public sealed class ListUnitEntriesValidator : AbstractValidator<ListUnitEntries>
{
    public ListUnitEntriesValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.UnitId).IsSlug();
        RuleFor(r => r.Year).InclusiveBetween(2000, 2100);
    }
}

public sealed class ListUnitEntriesHandler(IGrainFactory grains, CallerAccessor callers)
    : IRequestHandler<ListUnitEntries, TaskEntries[]>
{
    public async ValueTask<TaskEntries[]> Handle(ListUnitEntries r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var brigade = grains.GetGrain<IBrigadeGrain>(r.BrigadeId);
        var leader = caller.LeaderId is null ? null : Array.Find((await brigade.GetInfo()).Leaders, l => l.Id == caller.LeaderId);
        var views = await brigade.ListTasks(new TaskFilter(r.Year, r.UnitId), r.AsOf);
        return await Task.WhenAll(views.Select(async view =>
        {
            var task = view.Definition;
            var entries = AccessPolicy.CanReadDetails(caller, task.BrigadeId, task.UnitId, task.LeaderId, leader)
                ? (await grains.GetGrain<ITaskGrain>(task.Id).GetEntries()).Select(EntryResponse.From).ToArray()
                : null;
            return new TaskEntries(TaskResponse.From(view), entries);
        }));
    }
}
