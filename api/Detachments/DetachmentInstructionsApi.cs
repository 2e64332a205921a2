namespace Responsibility.Api.Detachments;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Responsibility.Api.Instructions;
using Responsibility.Api.OpenApi;

/// <summary>
/// 督办 from a 支队 (SPEC §6): issued to a brigade's leaders, listed at the detachment; read, closed and reopened through
/// the instruction's own routes (<c>/instructions/{id}</c>) like any instruction. The brigade is <c>{toBrigadeId}</c>, not
/// <c>{brigadeId}</c>: on a route naming its brigade as <c>{brigadeId}</c> a detachment account is that brigade's read-only
/// reader (<see cref="Common.CallerAccessor"/>), and this route is the detachment's own act.
/// </summary>
public static class DetachmentInstructionsApi
{
    public static RouteGroupBuilder MapDetachmentInstructions(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1").WithTags("Instructions").RequireAuthorization();
        api.MapPost("/detachments/{detachmentId}/brigades/{toBrigadeId}/instructions", Instruct)
            .Documented("instructBrigade", "督办 from the detachment to one of its brigades, addressed to the brigade's leaders who answer it; closed by the detachment's leaders (DetachmentLeader; Idempotency-Key honoured)", 400, 403, 404, 413, 422);
        api.MapGet("/detachments/{detachmentId}/instructions", List)
            .Documented("listDetachmentInstructions", "The detachment's 督办 to its brigades with brigade, due date and status, newest first (the detachment's accounts)", 400, 403, 404);
        return api;
    }

    private static async Task<Created<InstructionResponse>> Instruct(
        string detachmentId, string toBrigadeId, InstructBrigade body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ISender sender)
    {
        var instruction = await sender.Send(body with { DetachmentId = detachmentId, BrigadeId = toBrigadeId, IdempotencyKey = idempotencyKey });
        return TypedResults.Created($"/api/v1/instructions/{instruction.Id}", instruction);
    }

    private static async Task<Ok<InstructionResponse[]>> List(string detachmentId, ISender sender) =>
        TypedResults.Ok(await sender.Send(new ListDetachmentInstructions(detachmentId)));
}
