namespace Responsibility.Api.Progress;

using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;

public sealed record ListProgress(string TaskId) : IRequest<EntryResponse[]>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Task(TaskId, TaskAction.ReadEntries);
}

public sealed class ListProgressHandler(IGrainFactory grains) : IRequestHandler<ListProgress, EntryResponse[]>
{
    public async ValueTask<EntryResponse[]> Handle(ListProgress request, CancellationToken cancellationToken) =>
        (await grains.GetGrain<ITaskGrain>(request.TaskId).GetEntries()).Select(EntryResponse.From).ToArray();
}
