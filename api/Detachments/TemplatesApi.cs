namespace Responsibility.Api.Detachments;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Responsibility.Api.OpenApi;
using Responsibility.Api.Tasks;

/// <summary>上级交办 (SPEC §6 Detachment): templates a 支队 hands down to every brigade, and their comparison.</summary>
public static class TemplatesApi
{
    public static RouteGroupBuilder MapTemplates(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1/detachments/{detachmentId}/templates").WithTags("Templates").RequireAuthorization();
        api.MapPost("", Publish).Documented(
            "publishTemplate",
            "Hand a task down to every brigade (DetachmentAdmin; Idempotency-Key honoured): one instance per brigade, waiting for its unit and leader",
            400, 403, 404, 409, 413, 422);
        api.MapGet("", List).Documented("listTemplates", "The detachment's templates handed down, newest first", 400, 403, 404);
        api.MapGet("/{templateId}", Get).Documented(
            "getTemplate", "A template with its brigades compared: each instance's unit and leader (or 待分配) and progress; its ETag is the version", 400, 403, 404);
        api.MapPatch("/{templateId}", Update).Documented(
            "updateTemplate",
            "Change a template (DetachmentAdmin; If-Match required): each instance shows the change (an event on the task, an item in its brigade Admin's inbox) and keeps its unit and leader",
            400, 403, 404, 412, 413, 428);
        return api;
    }

    private static async Task<Created<TemplateResponse>> Publish(
        string detachmentId, PublishTemplate body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ISender sender)
    {
        var template = await sender.Send(body with { DetachmentId = detachmentId, IdempotencyKey = idempotencyKey });
        return TypedResults.Created($"/api/v1/detachments/{detachmentId}/templates/{template.Id}", template);
    }

    private static async Task<Ok<TemplateResponse[]>> List(string detachmentId, ISender sender) =>
        TypedResults.Ok(await sender.Send(new ListTemplates(detachmentId)));

    private static async Task<Ok<TemplateComparisonResponse>> Get(
        string detachmentId, string templateId, DateOnly? asOf, HttpResponse response, ISender sender)
    {
        var template = await sender.Send(new GetTemplate(detachmentId, templateId, asOf));
        response.Headers.ETag = ETags.For(template.Template.Version);
        return TypedResults.Ok(template);
    }

    private static async Task<Results<Ok<TemplateResponse>, ProblemHttpResult>> Update(
        string detachmentId, string templateId, UpdateTemplate body, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpResponse response, ISender sender)
    {
        var match = ETags.Parse(ifMatch);
        if (match is IfMatch.Missing)
        {
            return TypedResults.Problem(
                "修改交办事项须带 If-Match 头（取自读取交办事项时的 ETag）。", statusCode: StatusCodes.Status428PreconditionRequired,
                title: "缺少 If-Match");
        }

        var expected = await ETags.Expected(match, async () => (await sender.Send(new GetTemplate(detachmentId, templateId, null))).Template.Version);
        var template = await sender.Send(body with { DetachmentId = detachmentId, TemplateId = templateId, ExpectedVersion = expected });
        response.Headers.ETag = ETags.For(template.Version);
        return TypedResults.Ok(template);
    }
}
