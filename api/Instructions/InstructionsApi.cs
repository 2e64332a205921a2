namespace Responsibility.Api.Instructions;

using Mediator;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>批示 / 督办: written on a task or a unit, answered by the unit, closed or reopened by its author.</summary>
public static class InstructionsApi
{
    public static RouteGroupBuilder MapInstructions(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1").WithTags("Instructions").RequireAuthorization();
        api.MapPost("/tasks/{taskId}/instructions", OnTask);
        api.MapGet("/tasks/{taskId}/instructions", OfTask);
        api.MapPost("/brigades/{brigadeId}/units/{unitId}/instructions", OnUnit);
        api.MapGet("/brigades/{brigadeId}/units/{unitId}/instructions", OfUnit);
        api.MapGet("/brigades/{brigadeId}/leaders/{leaderId}/instructions", OfLeader);
        api.MapGet("/brigades/{brigadeId}/instructions", OfBrigade);
        api.MapGet("/instructions/{instructionId}", Get);
        api.MapPost("/instructions/{instructionId}/answer", Answer);
        api.MapPost("/instructions/{instructionId}/close", Close);
        api.MapPost("/instructions/{instructionId}/reopen", Reopen);
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
