namespace Responsibility.Api.Brigades;

using Mediator;
using Responsibility.Api.OpenApi;
using Responsibility.Grains.Abstractions.Org;

public static class BrigadesApi
{
    public static RouteGroupBuilder MapBrigades(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/brigades/{brigadeId}").WithTags("Brigades").RequireAuthorization();
        group.MapPut("/", Configure).Documented("configureBrigade", "Create or update a brigade (system Admin)", 400, 403, 413);
        group.MapGet("/", Get).Documented("getBrigade", "A brigade with its settings, units and leaders", 400, 403, 404);
        group.MapPut("/units/{unitId}", PutUnit).Documented("putUnit", "Create or update a base unit (基层单位)", 400, 403, 404, 413);
        group.MapPut("/leaders/{leaderId}", PutLeader)
            .Documented("putLeader", "Create or update a leader (班子成员) and what they supervise", 400, 403, 404, 409, 413);
        group.MapGet("/users", ListUsers).Documented("listUsers", "The brigade's accounts (Admin)", 400, 403, 404);
        group.MapPut("/users/{username}", PutUser)
            .Documented("putUser", "Create or update an account; reset its password; disable or enable it (Admin)", 400, 403, 404, 409, 413);
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
