namespace Responsibility.Api.Detachments;

using Mediator;
using Responsibility.Api.OpenApi;
using Responsibility.Api.Oversight;
using Responsibility.Api.Reports;
using Responsibility.Grains.Abstractions;
using Responsibility.Reports.Layouts;

/// <summary>
/// A 支队's numbered 通报 (SPEC §6): drafted from its brigades' figures and its 督办, edited while a draft, issued under the
/// detachment's own number of the year (〔2026〕第N期, apart from every brigade's) and frozen; read as JSON or as the 公文.
/// Issued, it is circulated to the brigades it names (their 通报 list).
/// </summary>
public static class DetachmentBulletinsApi
{
    public static RouteGroupBuilder MapDetachmentBulletins(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1/detachments/{detachmentId}/bulletins").WithTags("Bulletins").RequireAuthorization();
        api.MapPost("", Draft)
            .Documented("draftDetachmentBulletin", "Draft a 支队通报 written from the data: 表扬 of the best-ranked brigades, 批评 of those with Red tasks or overdue 督办 or 整改, 情况 of every brigade (DetachmentLeader)", 400, 403, 404, 413);
        api.MapGet("", List)
            .Documented("listDetachmentBulletins", "The detachment's 通报 of a year: issued ones by number, then drafts (drafts only for DetachmentLeader and DetachmentAdmin)", 400, 403, 404);
        api.MapGet("/{bulletinId}", Get).Produces<BulletinResponse>()
            .Produces(StatusCodes.Status200OK, typeof(string), "text/markdown", "text/html", ReportFormat.DocxContentType)
            .Documented("getDetachmentBulletin", "A 支队通报; with format=md, html or docx the 通报 itself in the reports' GB/T 9704 layout under the detachment's name", 400, 403, 404);
        api.MapPut("/{bulletinId}", Edit)
            .Documented("editDetachmentBulletin", "Change a draft's title and body; an issued 通报 never changes (DetachmentLeader)", 400, 403, 404, 409, 413);
        api.MapPost("/{bulletinId}/issue", Issue)
            .Documented("issueDetachmentBulletin", "签发: issue the draft under the detachment's next number of the year (〔2026〕第N期, its own series); again answers it unchanged (DetachmentLeader)", 400, 403, 404);
        return api;
    }

    private static async Task<Created<BulletinResponse>> Draft(string detachmentId, DraftDetachmentBulletin body, ISender sender)
    {
        var bulletin = await sender.Send(body with { DetachmentId = detachmentId });
        return TypedResults.Created($"/api/v1/detachments/{detachmentId}/bulletins/{bulletin.Id}", bulletin);
    }

    private static async Task<Ok<BulletinResponse[]>> List(string detachmentId, int? year, ISender sender) =>
        TypedResults.Ok(await sender.Send(new ListDetachmentBulletins(detachmentId, year)));

    private static async Task<Ok<BulletinResponse>> Edit(string detachmentId, string bulletinId, EditDetachmentBulletin body, ISender sender) =>
        TypedResults.Ok(await sender.Send(body with { DetachmentId = detachmentId, BulletinId = bulletinId }));

    private static async Task<Ok<BulletinResponse>> Issue(string detachmentId, string bulletinId, ISender sender) =>
        TypedResults.Ok(await sender.Send(new IssueDetachmentBulletin(detachmentId, bulletinId)));

    /// <summary>The 通报 as JSON (default) or as the document: Markdown, HTML or Word.</summary>
    private static async Task<IResult> Get(
        string detachmentId, string bulletinId, string? format, HttpRequest request, ISender sender, IGrainFactory grains)
    {
        if (format is not null && !ReportFormat.All.Contains(format))
        {
            throw DomainException.Invalid("format", "格式须为 json、md、html 或 docx。");
        }

        var document = await sender.Send(new GetDetachmentBulletin(detachmentId, bulletinId));
        if (format is null or "json")
        {
            return TypedResults.Ok((await new BulletinResponses(grains).OfDetachment(detachmentId, [document.Bulletin]))[0]);
        }

        return ReportFormat.Render(
            format, document, BulletinLayout.Build(document.Bulletin, document.Issuer), BulletinLayout.FileName(document.Bulletin), request,
            $"/d/{Uri.EscapeDataString(detachmentId)}/bulletins");
    }
}
