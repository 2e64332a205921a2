namespace Responsibility.Api.Reports;

using Mediator;
using Responsibility.Api.Brigades;
using Responsibility.Api.OpenApi;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Reports.Layouts;

public static class ReportsApi
{
    public static RouteGroupBuilder MapReports(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/brigades/{brigadeId}/reports").WithTags("Reports").RequireAuthorization();
        group.MapGet("/monthly", List).Documented("listMonthlyReports", "The brigade's monthly reports and their versions", 400, 403, 404);
        group.MapGet("/monthly/{month}", Monthly).Produces<MonthlyReport>()
            .Produces(StatusCodes.Status200OK, typeof(string), "text/markdown", "text/html", ReportFormat.DocxContentType)
            .Documented("getMonthlyReport", "A monthly report (a stored version, or a preview of the running month)", 400, 403, 404);
        group.MapPost("/monthly/{month}/generate", Generate)
            .Documented("generateMonthlyReport", "Generate a new version of an ended month's report (earlier versions are kept; 409 once the month has the most allowed)", 400, 403, 404, 409);
        group.MapGet("/annual/{year:int}", Annual).Produces<AnnualReport>()
            .Produces(StatusCodes.Status200OK, typeof(string), "text/markdown", "text/html", ReportFormat.DocxContentType)
            .Documented("getAnnualReport", "The annual rule-of-law report draft for a year", 400, 403, 404);
        return group;
    }

    private static async Task<Ok<MonthlyReportInfo[]>> List(string brigadeId, ISender sender) =>
        TypedResults.Ok(await sender.Send(new ListMonthlyReports(brigadeId)));

    private static async Task<IResult> Monthly(
        string brigadeId, string month, string? format, int? version, bool? preview, HttpRequest request, ISender sender)
    {
        CheckFormat(format);
        if (preview == true && version is not null)
        {
            throw Grains.Abstractions.DomainException.Invalid("version", "预览稿没有版本，请去掉 version 或 preview。");
        }

        var report = preview == true
            ? await sender.Send(new PreviewMonthlyReport(brigadeId, month))
            : await sender.Send(new GetMonthlyReport(brigadeId, month, version));
        var brigade = await sender.Send(new GetBrigade(brigadeId));
        var document = MonthlyReportLayout.Build(report, IssuedOn(report.Header, report.GeneratedAt), brigade.Settings.Thresholds);
        return ReportFormat.Render(format, report, document, MonthlyReportLayout.FileName(report), request, ReportsPage(brigadeId));
    }

    private static async Task<Created<MonthlyReport>> Generate(string brigadeId, string month, ISender sender)
    {
        var report = await sender.Send(new GenerateMonthlyReport(brigadeId, month));
        return TypedResults.Created($"/api/v1/brigades/{brigadeId}/reports/monthly/{month}?version={report.Version}", report);
    }

    private static async Task<IResult> Annual(
        string brigadeId, int year, string? format, DateOnly? asOf, string? docNumber, string? signer, HttpRequest request, ISender sender)
    {
        CheckFormat(format);
        var report = await sender.Send(new GetAnnualReport(brigadeId, year, asOf));
        var document = AnnualReportLayout.Build(report, IssuedOn(report.Header, report.GeneratedAt), docNumber, signer);
        return ReportFormat.Render(format, report, document, AnnualReportLayout.FileName(report), request, ReportsPage(brigadeId));
    }

    /// <summary>Where a report's 返回 leads: the 报告 page that lists it.</summary>
    private static string ReportsPage(string brigadeId) => $"/b/{Uri.EscapeDataString(brigadeId)}/reports";

    private static void CheckFormat(string? format)
    {
        if (format is not null && !ReportFormat.All.Contains(format))
        {
            throw Grains.Abstractions.DomainException.Invalid("format", "格式须为 json、md、html 或 docx。");
        }
    }

    private static DateOnly IssuedOn(ReportHeader header, DateTimeOffset generatedAt) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(generatedAt, BrigadeClock.Zone(header.TimeZone)).DateTime);
}
