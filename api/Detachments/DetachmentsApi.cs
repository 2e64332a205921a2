namespace Responsibility.Api.Detachments;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Responsibility.Api.Brigades;
using Responsibility.Api.OpenApi;

/// <summary>
/// SPEC §6 Detachment (支队): the detachment, its brigades and its accounts. The brigade in a detachment's route is
/// <c>{memberId}</c>, not <c>{brigadeId}</c>: on the detachment's routes its accounts act at the detachment's level,
/// never as the read-only readers of the brigade they are on its own routes.
/// </summary>
public static class DetachmentsApi
{
    public static RouteGroupBuilder MapDetachments(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/detachments/{detachmentId}").WithTags("Detachments").RequireAuthorization();
        group.MapPut("/", Configure).Documented("configureDetachment", "Establish or rename a detachment (system Admin)", 400, 403, 404, 413);
        group.MapGet("/", Get).Documented("getDetachment", "A detachment with its brigades", 400, 403, 404);
        group.MapPut("/brigades/{memberId}", PutBrigade).Documented(
            "putDetachmentBrigade",
            "Without a body, attach an existing brigade with its data (system Admin); with the body of configureBrigade, create or configure a brigade under the detachment (DetachmentAdmin)",
            400, 403, 404, 409, 413);
        group.MapGet("/users", ListUsers).Documented("listDetachmentUsers", "The detachment's accounts (DetachmentAdmin)", 400, 403, 404);
        group.MapPut("/users/{username}", PutUser).Documented(
            "putDetachmentUser", "Create or update a detachment account; reset its password; disable or enable it (DetachmentAdmin)", 400, 403, 404, 409, 413);
        return group;
    }

    private static async Task<Ok<DetachmentResponse>> Configure(string detachmentId, ConfigureDetachment body, ISender sender) =>
        TypedResults.Ok(await sender.Send(body with { DetachmentId = detachmentId }));

    private static async Task<Ok<DetachmentResponse>> Get(string detachmentId, ISender sender) =>
        TypedResults.Ok(await sender.Send(new GetDetachment(detachmentId)));

    private static async Task<Ok<DetachmentResponse>> PutBrigade(
        string detachmentId, string memberId, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] ConfigureBrigade body, ISender sender)
    {
        // An empty body binds as null (EmptyBodyBehavior.Allow): the body stays non-nullable so the contract shows its schema.
        if (body is not null)
        {
            await sender.Send(body with { BrigadeId = memberId, DetachmentId = detachmentId });
            return TypedResults.Ok(await sender.Send(new GetDetachment(detachmentId)));
        }

        return TypedResults.Ok(await sender.Send(new AttachBrigade(detachmentId, memberId)));
    }

    private static async Task<Ok<UserResponse[]>> ListUsers(string detachmentId, ISender sender) =>
        TypedResults.Ok(await sender.Send(new ListDetachmentUsers(detachmentId)));

    private static async Task<Ok<UserResponse>> PutUser(string detachmentId, string username, UpsertDetachmentUser body, ISender sender) =>
        TypedResults.Ok(await sender.Send(body with { DetachmentId = detachmentId, Username = username }));
}
