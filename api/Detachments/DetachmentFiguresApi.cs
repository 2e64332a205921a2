namespace Responsibility.Api.Detachments;

using Mediator;
using Responsibility.Api.Ledger;
using Responsibility.Api.OpenApi;

/// <summary>Figures up (SPEC §6 Detachment): the brigades side by side, and the 汇总台账.</summary>
public static class DetachmentFiguresApi
{
    public static RouteGroupBuilder MapDetachmentFigures(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1/detachments/{detachmentId}").WithTags("Detachments").RequireAuthorization();
        api.MapGet("/dashboard", Dashboard)
            .Documented("getDetachmentDashboard", "The detachment's brigades as of a day, ranked by score: percent vs 序时进度, status counts, units not reported (催报), overdue 督办 and 整改, extensions granted, 考核 score", 400, 403, 404);
        api.MapGet("/ledger", Ledger)
            .Produces(StatusCodes.Status200OK, typeof(byte[]), LedgerDownload.ContentType)
            .Documented("exportDetachmentLedger", "The 汇总台账 (.xlsx): a summary sheet of the brigades' figures and one sheet of tasks per brigade (DetachmentAdmin, DetachmentLeader)", 400, 403, 404);
        return api;
    }

    private static async Task<Ok<DetachmentDashboardResponse>> Dashboard(string detachmentId, int? year, DateOnly? asOf, ISender sender) =>
        TypedResults.Ok(await sender.Send(new GetDetachmentDashboard(detachmentId, year, asOf)));

    private static async Task<FileContentHttpResult> Ledger(string detachmentId, int? year, string? format, ISender sender)
    {
        var download = await sender.Send(new ExportDetachmentLedger(detachmentId, year, format));
        return TypedResults.File(download.Content, LedgerDownload.ContentType, download.FileName);
    }
}
