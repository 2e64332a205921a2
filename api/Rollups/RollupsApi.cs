namespace Responsibility.Api.Rollups;

using Mediator;

public static class RollupsApi
{
    public static RouteGroupBuilder MapRollups(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/brigades/{brigadeId}").WithTags("Rollups").RequireAuthorization();
        group.MapGet("/rollup", Brigade);
        group.MapGet("/units/{unitId}/rollup", Unit);
        group.MapGet("/leaders/{leaderId}/rollup", Leader);
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
