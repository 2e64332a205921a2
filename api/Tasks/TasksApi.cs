namespace Responsibility.Api.Tasks;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Responsibility.Api.Common;
using Responsibility.Api.OpenApi;
using Responsibility.Api.Progress;
using Responsibility.Grains.Abstractions.Tasks;

public static class TasksApi
{
    public static RouteGroupBuilder MapTasks(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1").WithTags("Tasks").RequireAuthorization();
        api.MapPost("/brigades/{brigadeId}/tasks", Create).Documented("createTask", "Create a yearly task (Admin)", 400, 403, 404, 409, 413);
        api.MapGet("/brigades/{brigadeId}/tasks", List).Documented("listTasks", "The brigade's tasks with their progress", 400, 403, 404);
        api.MapGet("/tasks/{taskId}", Get).Documented("getTask", "A task with its progress; its ETag is the version to send in If-Match", 400, 403, 404);
        api.MapPatch("/tasks/{taskId}", Update)
            .Documented("updateTask", "Change a task's fields (Admin; If-Match required)", 400, 403, 404, 412, 413, 428);
        api.MapPost("/tasks/{taskId}/progress", Report)
            .Documented("reportProgress", "Report progress on a task (its unit's head; Idempotency-Key recommended; 429 past the account's reports a minute)", 400, 403, 404, 409, 413, 422, 429);
        api.MapGet("/tasks/{taskId}/progress", Entries).Paged(ListProgress.DefaultLimit, ListProgress.MaxLimit)
            .Documented("listProgress", "A task's entries, returned ones included, newest recorded first, a page at a time", 400, 403, 404);
        api.MapPost("/tasks/{taskId}/progress/{entryId}/return", Return)
            .Documented("returnEntry", "Return (退回) an entry: it stops counting everywhere", 400, 403, 404, 409, 413);
        return api;
    }

    private static async Task<Created<TaskResponse>> Create(string brigadeId, CreateTask body, ISender sender)
    {
        var task = await sender.Send(body with { BrigadeId = brigadeId });
        return TypedResults.Created($"/api/v1/tasks/{task.Id}", task);
    }

    private static async Task<Ok<TaskResponse[]>> List(
        string brigadeId, int? year, string? unitId, string? leaderId, ProgressStatus? status, string? category,
        string? code, DateOnly? asOf, ISender sender) =>
        TypedResults.Ok(await sender.Send(new ListTasks(brigadeId, year, unitId, leaderId, status, category, asOf, code)));

    private static async Task<Ok<TaskResponse>> Get(string taskId, DateOnly? asOf, HttpResponse response, ISender sender)
    {
        var task = await sender.Send(new GetTask(taskId, asOf));
        response.Headers.ETag = ETags.For(task.Version);
        return TypedResults.Ok(task);
    }

    private static async Task<Results<Ok<TaskResponse>, ProblemHttpResult>> Update(
        string taskId, UpdateTask body, [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response, ISender sender)
    {
        var match = ETags.Parse(ifMatch);
        if (match is IfMatch.Missing)
        {
            return TypedResults.Problem(
                "修改任务须带 If-Match 头（取自读取任务时的 ETag）。", statusCode: StatusCodes.Status428PreconditionRequired,
                title: "缺少 If-Match");
        }

        var expected = await ETags.Expected(match, async () => (await sender.Send(new GetTask(taskId, null))).Version);
        var task = await sender.Send(body with { TaskId = taskId, ExpectedVersion = expected });
        response.Headers.ETag = ETags.For(task.Version);
        return TypedResults.Ok(task);
    }

    private static async Task<Created<EntryWithTask>> Report(
        string taskId, ReportProgress body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ISender sender)
    {
        var result = await sender.Send(body with { TaskId = taskId, IdempotencyKey = idempotencyKey });
        return TypedResults.Created($"/api/v1/tasks/{taskId}/progress/{result.Entry.Id}", result);
    }

    private static async Task<Ok<EntryResponse[]>> Entries(string taskId, int? limit, string? cursor, HttpRequest request, ISender sender)
    {
        var page = await sender.Send(new ListProgress(taskId, limit, cursor));
        if (page.Next is { } next)
        {
            request.HttpContext.Response.Headers.Link = Paging.NextLink(request, limit, next);
        }

        return TypedResults.Ok(page.Entries);
    }

    private static async Task<Ok<EntryWithTask>> Return(string taskId, string entryId, ReturnEntry body, ISender sender) =>
        TypedResults.Ok(await sender.Send(body with { TaskId = taskId, EntryId = entryId }));
}
