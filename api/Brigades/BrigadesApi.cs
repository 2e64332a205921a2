namespace Responsibility.Api.Brigades;

using Mediator;
using Responsibility.Grains.Abstractions.Org;

public static class BrigadesApi
{
    public static RouteGroupBuilder MapBrigades(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/brigades/{brigadeId}").WithTags("Brigades").RequireAuthorization();
        group.MapPut("/", Configure);
        group.MapGet("/", Get);
        group.MapPut("/units/{unitId}", PutUnit);
        group.MapPut("/leaders/{leaderId}", PutLeader);
        group.MapGet("/users", ListUsers);
        group.MapPut("/users/{username}", PutUser);
        return group;
    }

    private static async Task<Ok<BrigadeInfo>> Configure(string brigadeId, ConfigureBrigade body, ISender sender) =>
        TypedResults.Ok(await sender.Send(body with { BrigadeId = brigadeId }));

    private static async Task<Ok<BrigadeInfo>> Get(string brigadeId, ISender sender) =>
        TypedResults.Ok(await sender.Send(new GetBrigade(brigadeId)));

    private static async Task<Ok<UnitDefinition>> PutUnit(string brigadeId, string unitId, UpsertUnit body, ISender sender) =>
        TypedResults.Ok(await sender.Send(body with { BrigadeId = brigadeId, UnitId = unitId }));

    private static async Task<Ok<LeaderDefinition>> PutLeader(
        string brigadeId, string leaderId, UpsertLeader body, ISender sender) =>
        TypedResults.Ok(await sender.Send(body with { BrigadeId = brigadeId, LeaderId = leaderId }));

    private static async Task<Ok<UserResponse[]>> ListUsers(string brigadeId, ISender sender) =>
        TypedResults.Ok(await sender.Send(new ListUsers(brigadeId)));

    private static async Task<Ok<UserResponse>> PutUser(string brigadeId, string username, UpsertUser body, ISender sender) =>
        TypedResults.Ok(await sender.Send(body with { BrigadeId = brigadeId, Username = username }));
}
