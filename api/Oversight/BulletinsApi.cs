namespace Responsibility.Api.Oversight;

using Mediator;
using Responsibility.Api.OpenApi;
using Responsibility.Api.Reports;
using Responsibility.Grains.Abstractions;
using Responsibility.Reports.Layouts;

/// <summary>通报 (SPEC §6): drafted from the data, edited while a draft, issued under the brigade's number of the year, read as a 公文.</summary>
public static class BulletinsApi
{
    public static RouteGroupBuilder MapBulletins(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1").WithTags("Bulletins").RequireAuthorization();
        api.MapPost("/brigades/{brigadeId}/bulletins", Draft)
            .Documented("draftBulletin", "Draft a 通报 written from the data: a 情况通报 of an inspection, or a 表扬 or 批评 of the units the data names (BrigadeLeader, Admin)", 400, 403, 404, 413);
        api.MapGet("/brigades/{brigadeId}/bulletins", List)
            .Documented("listBulletins", "The brigade's 通报 of a year: issued ones by number, then drafts (drafts only for BrigadeLeader and Admin)", 400, 403, 404);
        api.MapPut("/bulletins/{bulletinId}", Edit)
            .Documented("editBulletin", "Change a draft's title and body; an issued 通报 never changes (BrigadeLeader, Admin)", 400, 403, 404, 409, 413);
        api.MapPost("/bulletins/{bulletinId}/issue", Issue)
            .Documented("issueBulletin", "签发: issue the draft under the brigade's next number of the year (〔2026〕第N期); again answers it unchanged (BrigadeLeader)", 400, 403, 404);
        api.MapGet("/bulletins/{bulletinId}", Get).Produces<BulletinResponse>()
            .Produces(StatusCodes.Status200OK, typeof(string), "text/markdown", "text/html", ReportFormat.DocxContentType)
            .Documented("getBulletin", "A 通报; with format=md, html or docx the 通报 itself in the reports' GB/T 9704 layout (issued ones: everyone in the brigade; drafts: BrigadeLeader, Admin)", 400, 403, 404);
        return api;
    }

    private static async Task<Created<BulletinResponse>> Draft(string brigadeId, DraftBulletin body, ISender sender)
    {
        var bulletin = await sender.Send(body with { BrigadeId = brigadeId });
        return TypedResults.Created($"/api/v1/bulletins/{bulletin.Id}", bulletin);
    }

    private static async Task<Ok<BulletinResponse[]>> List(string brigadeId, int? year, ISender sender) =>
        TypedResults.Ok(await sender.Send(new ListBulletins(brigadeId, year)));

    private static async Task<Ok<BulletinResponse>> Edit(string bulletinId, EditBulletin body, ISender sender) =>
        TypedResults.Ok(await sender.Send(body with { BulletinId = bulletinId }));

    private static async Task<Ok<BulletinResponse>> Issue(string bulletinId, ISender sender) =>
        TypedResults.Ok(await sender.Send(new IssueBulletin(bulletinId)));

    /// <summary>The 通报 as JSON (default) or as the document: Markdown, HTML or Word.</summary>
    private static async Task<IResult> Get(string bulletinId, string? format, HttpRequest request, ISender sender)
    {
        if (format is not null && !ReportFormat.All.Contains(format))
        {
            throw DomainException.Invalid("format", "格式须为 json、md、html 或 docx。");
        }

        if (format is null or "json")
        {
            return TypedResults.Ok(await sender.Send(new GetBulletin(bulletinId)));
        }

        var document = await sender.Send(new GetBulletinDocument(bulletinId));
        return ReportFormat.Render(
            format, document, BulletinLayout.Build(document.Bulletin, document.Issuer), BulletinLayout.FileName(document.Bulletin), request,
            document.Bulletin.DetachmentId is { } detachmentId
                ? $"/d/{Uri.EscapeDataString(detachmentId)}/bulletins"
                : $"/b/{Uri.EscapeDataString(document.Bulletin.BrigadeId)}/bulletins/{Uri.EscapeDataString(bulletinId)}");
    }
}
