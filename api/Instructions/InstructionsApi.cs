namespace Responsibility.Api.Instructions;

using Mediator;
using Responsibility.Api.OpenApi;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>批示 / 督办: written on a task or a unit, answered by the unit, closed or reopened by a leader (SPEC §3).</summary>
public static class InstructionsApi
{
    public static RouteGroupBuilder MapInstructions(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1").WithTags("Instructions").RequireAuthorization();
        api.MapPost("/tasks/{taskId}/instructions", OnTask)
            .Documented("issueTaskInstruction", "Write an instruction (批示) on a task for its unit, with an optional due date", 400, 403, 404, 413);
        api.MapGet("/tasks/{taskId}/instructions", OfTask)
            .Documented("listTaskInstructions", "The instructions written on a task", 400, 403, 404);
        api.MapPost("/brigades/{brigadeId}/units/{unitId}/instructions", OnUnit)
            .Documented("issueUnitInstruction", "Write an instruction (批示) to a unit, with an optional due date", 400, 403, 404, 413);
        api.MapGet("/brigades/{brigadeId}/units/{unitId}/instructions", OfUnit)
            .Documented("listUnitInstructions", "A unit's instructions, on it and on its tasks", 400, 403, 404);
        api.MapGet("/brigades/{brigadeId}/leaders/{leaderId}/instructions", OfLeader)
            .Documented("listLeaderInstructions", "The instructions a leader supervises (督办事项)", 400, 403, 404);
        api.MapGet("/brigades/{brigadeId}/instructions", OfBrigade)
            .Documented("listBrigadeInstructions", "The brigade's instructions (督办台账), by unit, leader and status", 400, 403, 404);
        api.MapGet("/instructions/{instructionId}", Get)
            .Documented("getInstruction", "An instruction with its answers, closing and reopenings", 400, 403, 404);
        api.MapPost("/instructions/{instructionId}/answer", Answer)
            .Documented("answerInstruction", "Answer an instruction (办理情况) with evidence files uploaded before (the unit's head)", 400, 403, 404, 409, 413);
        api.MapPost("/instructions/{instructionId}/close", Close)
            .Documented("closeInstruction", "Close an instruction (办结: a brigade leader, its 督办领导, or its author while a leader in scope)", 400, 403, 404, 409);
        api.MapPost("/instructions/{instructionId}/reopen", Reopen)
            .Documented("reopenInstruction", "Reopen an instruction with a reason (重新交办: whoever may close it)", 400, 403, 404, 409, 413);
        return api;
    }

    private static async Task<Created<InstructionResponse>> OnTask(string taskId, IssueTaskInstruction body, ISender sender) =>
        Created(await sender.Send(body with { TaskId = taskId }));

    private static async Task<Ok<InstructionResponse[]>> OfTask(string taskId, ISender sender) =>
        TypedResults.Ok(await sender.Send(new ListTaskInstructions(taskId)));

    private static async Task<Created<InstructionResponse>> OnUnit(string brigadeId, string unitId, IssueUnitInstruction body, ISender sender) =>
        Created(await sender.Send(body with { BrigadeId = brigadeId, UnitId = unitId }));

    private static async Task<Ok<InstructionResponse[]>> OfUnit(string brigadeId, string unitId, InstructionStatus? status, ISender sender) =>
        TypedResults.Ok(await sender.Send(new ListInstructions(brigadeId, unitId, null, status)));

    private static async Task<Ok<InstructionResponse[]>> OfLeader(string brigadeId, string leaderId, InstructionStatus? status, ISender sender) =>
        TypedResults.Ok(await sender.Send(new ListInstructions(brigadeId, null, leaderId, status)));

    private static async Task<Ok<InstructionResponse[]>> OfBrigade(
        string brigadeId, string? unitId, string? leaderId, InstructionStatus? status, ISender sender) =>
        TypedResults.Ok(await sender.Send(new ListInstructions(brigadeId, unitId, leaderId, status)));

    private static async Task<Ok<InstructionResponse>> Get(string instructionId, ISender sender) =>
        TypedResults.Ok(await sender.Send(new GetInstruction(instructionId)));

    private static async Task<Ok<InstructionResponse>> Answer(string instructionId, AnswerInstruction body, ISender sender) =>
        TypedResults.Ok(await sender.Send(body with { InstructionId = instructionId }));

    private static async Task<Ok<InstructionResponse>> Close(string instructionId, ISender sender) =>
        TypedResults.Ok(await sender.Send(new CloseInstruction(instructionId)));

    private static async Task<Ok<InstructionResponse>> Reopen(string instructionId, ReopenInstruction body, ISender sender) =>
        TypedResults.Ok(await sender.Send(body with { InstructionId = instructionId }));

    private static Created<InstructionResponse> Created(InstructionResponse instruction) =>
        TypedResults.Created($"/api/v1/instructions/{instruction.Id}", instruction);
}
