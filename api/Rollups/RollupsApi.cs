namespace Responsibility.Api.Rollups;

using Mediator;
using Responsibility.Api.OpenApi;

public static class RollupsApi
{
    public static RouteGroupBuilder MapRollups(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/brigades/{brigadeId}").WithTags("Rollups").RequireAuthorization();
        group.MapGet("/rollup", Brigade).Documented("getBrigadeRollup", "The brigade's rollup: units, leaders' two duty lines, categories, indicators", 400, 403, 404);
        group.MapGet("/units/{unitId}/rollup", Unit).Documented("getUnitRollup", "One unit's rollup", 400, 403, 404);
        group.MapGet("/leaders/{leaderId}/rollup", Leader).Documented("getLeaderRollup", "One leader's business and accountability lines (一岗双责)", 400, 403, 404);
        return group;
    }

    private static async Task<Ok<BrigadeRollupResponse>> Brigade(string brigadeId, int? year, DateOnly? asOf, ISender sender) =>
        TypedResults.Ok(await sender.Send(new GetBrigadeRollup(brigadeId, year, asOf)));

    private static async Task<Ok<UnitRollupResponse>> Unit(
        string brigadeId, string unitId, int? year, DateOnly? asOf, ISender sender) =>
        TypedResults.Ok(await sender.Send(new GetUnitRollup(brigadeId, unitId, year, asOf)));

    private static async Task<Ok<LeaderRollupResponse>> Leader(
        string brigadeId, string leaderId, int? year, DateOnly? asOf, ISender sender) =>
        TypedResults.Ok(await sender.Send(new GetLeaderRollup(brigadeId, leaderId, year, asOf)));
}
