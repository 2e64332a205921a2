namespace Responsibility.Api.Tasks;

using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;

public sealed record GetTask(string TaskId, DateOnly? AsOf) : IRequest<TaskResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Task(TaskId, TaskAction.Read);
}

public sealed class GetTaskHandler(IGrainFactory grains) : IRequestHandler<GetTask, TaskResponse>
{
    public async ValueTask<TaskResponse> Handle(GetTask request, CancellationToken cancellationToken) =>
        TaskResponse.From(await grains.GetGrain<ITaskGrain>(request.TaskId).GetView(request.AsOf));
}
