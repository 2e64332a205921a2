namespace Responsibility.Api.Audit;

using Mediator;
using Responsibility.Api.OpenApi;

/// <summary>留痕: the brigade's changes, read only. No route edits or deletes an event.</summary>
public static class AuditApi
{
    public static RouteGroupBuilder MapAudit(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/brigades/{brigadeId}").WithTags("Audit").RequireAuthorization();
        group.MapGet("/audit", Read).Documented("readAudit", "The audit trail, newest first (Admin, BrigadeLeader)", 400, 403, 404);
        return group;
    }

    private static async Task<Ok<AuditResponse>> Read(
        string brigadeId, DateOnly? from, DateOnly? to, string? actor, string? taskId, string? kind, string? cursor, int? limit,
        ISender sender) =>
        TypedResults.Ok(await sender.Send(new ReadAudit(brigadeId, from, to, actor, taskId, kind, cursor, limit)));
}
