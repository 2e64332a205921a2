namespace Responsibility.Api.Detachments;

using Mediator;
using Responsibility.Api.OpenApi;
using Responsibility.Api.Reports;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Reports.Layouts;

/// <summary>SPEC §6: a detachment's 月度调度通报 as JSON (the snapshot), Markdown, HTML or DOCX, and its (re)generation.</summary>
public static class DetachmentReportsApi
{
    public static RouteGroupBuilder MapDetachmentReports(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/detachments/{detachmentId}/reports").WithTags("Reports").RequireAuthorization();
        group.MapGet("/monthly", List)
            .Documented("listDetachmentReports", "The detachment's monthly dispatch bulletins (月度调度通报): months, numbers and versions", 400, 403, 404);
        group.MapGet("/monthly/{month}", Monthly).Produces<DetachmentReport>()
            .Produces(StatusCodes.Status200OK, typeof(string), "text/markdown", "text/html", ReportFormat.DocxContentType)
            .Documented("getDetachmentReport", "A detachment's monthly dispatch bulletin: its brigades ranked, their Red tasks, its 督办 (a stored version)", 400, 403, 404);
        group.MapPost("/monthly/{month}/generate", Generate)
            .Documented("generateDetachmentReport", "Generate a new version of an ended month's dispatch bulletin (earlier versions and the month's number are kept; 409 once the month has the most allowed)", 400, 403, 404, 409);
        return group;
    }

    private static async Task<Ok<DetachmentReportList>> List(string detachmentId, ISender sender) =>
        TypedResults.Ok(await sender.Send(new ListDetachmentReports(detachmentId)));

    private static async Task<IResult> Monthly(string detachmentId, string month, string? format, int? version, HttpRequest request, ISender sender)
    {
        if (format is not null && !ReportFormat.All.Contains(format))
        {
            throw DomainException.Invalid("format", "格式须为 json、md、html 或 docx。");
        }

        var report = await sender.Send(new GetDetachmentReport(detachmentId, month, version));
        var issuedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(report.GeneratedAt, BrigadeClock.Zone(report.TimeZone)).DateTime);
        return ReportFormat.Render(
            format, report, DetachmentReportLayout.Build(report, issuedOn), DetachmentReportLayout.FileName(report), request,
            $"/d/{Uri.EscapeDataString(detachmentId)}/reports");
    }

    private static async Task<Created<DetachmentReport>> Generate(string detachmentId, string month, ISender sender)
    {
        var report = await sender.Send(new GenerateDetachmentReport(detachmentId, month));
        return TypedResults.Created($"/api/v1/detachments/{detachmentId}/reports/monthly/{month}?version={report.Version}", report);
    }
}
