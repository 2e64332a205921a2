namespace Responsibility.Api.Oversight;

using Mediator;
using Responsibility.Api.OpenApi;
using Responsibility.Api.Reports;
using Responsibility.Reports.Layouts;

/// <summary>延期申请: asked by the unit's head before the due date, decided by the 分管领导 or a BrigadeLeader (SPEC §3, §6).</summary>
public static class ExtensionsApi
{
    public static RouteGroupBuilder MapExtensions(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1").WithTags("Extensions").RequireAuthorization();
        api.MapPost("/extensions", Request)
            .Documented("requestExtension", "Ask to move a target's due date (延期申请), or as a leader set a new date on one already past it", 400, 403, 404, 409, 413);
        api.MapGet("/me/extensions", Mine)
            .Documented("listMyExtensions", "The caller's extension requests and those waiting for their decision", 400);
        api.MapGet("/extensions/{extensionId}", Get).Produces<ExtensionResponse>()
            .Produces(StatusCodes.Status200OK, typeof(string), "text/markdown", "text/html", ReportFormat.DocxContentType)
            .Documented("getExtension", "An extension request (json), or its 延期申请审批单 (md, html, docx)", 400, 403, 404);
        api.MapPost("/extensions/{extensionId}/grant", Grant)
            .Documented("grantExtension", "Grant an extension with a date (the approver; never the requester)", 400, 403, 404, 409, 413);
        api.MapPost("/extensions/{extensionId}/refuse", Refuse)
            .Documented("refuseExtension", "Refuse an extension with a reason (the approver; never the requester)", 400, 403, 404, 409, 413);
        return api;
    }

    private static async Task<Created<ExtensionResponse>> Request(RequestExtension body, ISender sender)
    {
        var extension = await sender.Send(body);
        return TypedResults.Created($"/api/v1/extensions/{extension.Id}", extension);
    }

    private static async Task<Ok<MyExtensionsResponse>> Mine(ISender sender) => TypedResults.Ok(await sender.Send(new ListMyExtensions()));

    private static async Task<IResult> Get(string extensionId, string? format, HttpRequest request, ISender sender)
    {
        if (format is not null && !ReportFormat.All.Contains(format))
        {
            throw Grains.Abstractions.DomainException.Invalid("format", "格式须为 json、md、html 或 docx。");
        }

        if (format is null or "json")
        {
            return TypedResults.Ok(await sender.Send(new GetExtension(extensionId)));
        }

        var content = await sender.Send(new GetExtensionDocument(extensionId));
        return ReportFormat.Render(format, content, ExtensionLayout.Build(content), ExtensionLayout.FileName(content), request, "/");
    }

    private static async Task<Ok<ExtensionResponse>> Grant(string extensionId, GrantExtension body, ISender sender) =>
        TypedResults.Ok(await sender.Send(body with { ExtensionId = extensionId }));

    private static async Task<Ok<ExtensionResponse>> Refuse(string extensionId, RefuseExtension body, ISender sender) =>
        TypedResults.Ok(await sender.Send(body with { ExtensionId = extensionId }));
}
