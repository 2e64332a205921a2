namespace Responsibility.Api.Progress;

using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;

/// <summary>A page of a task's entries, newest recorded first; <c>Cursor</c> is a previous page's <see cref="EntryList.Next"/>.</summary>
public sealed record ListProgress(string TaskId, int? Limit = null, string? Cursor = null) : IRequest<EntryList>, IAuthorizedRequest
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    public Permission Permission => new Permission.Task(TaskId, TaskAction.ReadEntries);
}

/// <summary>Entries of one page; <see cref="Next"/> is the cursor of the next, older page (null at the end).</summary>
public sealed record EntryList(EntryResponse[] Entries, string? Next);

public sealed class ListProgressValidator : AbstractValidator<ListProgress>
{
    public ListProgressValidator()
    {
        RuleFor(r => r.Limit).IsPageSize(ListProgress.MaxLimit);
        RuleFor(r => r.Cursor).IsCursor();
    }
}

public sealed class ListProgressHandler(IGrainFactory grains) : IRequestHandler<ListProgress, EntryList>
{
    public async ValueTask<EntryList> Handle(ListProgress request, CancellationToken cancellationToken)
    {
        var page = await grains.GetGrain<ITaskGrain>(request.TaskId)
            .GetEntryPage(request.Limit ?? ListProgress.DefaultLimit, Paging.Position(request.Cursor));
        return new EntryList([.. page.Entries.Select(EntryResponse.From)], page.Next is { } next ? Paging.Cursor(next) : null);
    }
}
