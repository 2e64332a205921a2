namespace Responsibility.Api.Accountability;

using Mediator;
using Responsibility.Api.OpenApi;
using Responsibility.Api.Reports;
using Responsibility.Grains.Abstractions;
using Responsibility.Reports.Layouts;

/// <summary>
/// 述责述廉 (SPEC §6, issue 19): a leader's yearly report, drafted from the data on its first read, edited and submitted by
/// the leader, returned or accepted by a BrigadeLeader other than the leader; every version kept.
/// </summary>
public static class AccountabilityApi
{
    private const string Route = "/brigades/{brigadeId}/leaders/{leaderId}/accountability-reports/{year:int}";

    public static RouteGroupBuilder MapAccountabilityReports(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1").WithTags("Accountability").RequireAuthorization();
        api.MapGet(Route, Get).Produces<AccountabilityReportResponse>()
            .Produces(StatusCodes.Status200OK, typeof(string), "text/markdown", "text/html", ReportFormat.DocxContentType)
            .Documented("getAccountabilityReport", "A leader's 述责述廉报告 of the year (drafted from the data on the first read), at a version (default the latest); with format=md, html or docx the report in the reports' GB/T 9704 layout (the leader, BrigadeLeader, Admin)", 400, 403, 404);
        api.MapPut(Route, Edit)
            .Documented("editAccountabilityReport", "Save the leader's 廉洁自律 text and optionally rewrite the drafted parts, as a new version (the leader; not once submitted or accepted)", 400, 403, 404, 409, 413);
        api.MapPost(Route + "/submit", Submit)
            .Documented("submitAccountabilityReport", "Submit the report; one without 廉洁自律 text is refused naming integrity (the leader)", 400, 403, 404, 409);
        api.MapPost(Route + "/redraft", Redraft)
            .Documented("redraftAccountabilityReport", "Draft the figures and the three drafted parts again from today's data as a new version, keeping the 廉洁自律 text (the leader; not once submitted or accepted)", 400, 403, 404, 409);
        api.MapPost(Route + "/return", Return)
            .Documented("returnAccountabilityReport", "Return a submitted report with a note (a BrigadeLeader other than the leader)", 400, 403, 404, 409, 413);
        api.MapPost(Route + "/accept", Accept)
            .Documented("acceptAccountabilityReport", "Accept a submitted report; it changes no more (a BrigadeLeader other than the leader)", 400, 403, 404, 409);
        return api;
    }

    /// <summary>The report as JSON (default) or as the document: Markdown, HTML or Word.</summary>
    private static async Task<IResult> Get(
        string brigadeId, string leaderId, int year, string? format, int? version, HttpRequest request, ISender sender)
    {
        if (format is not null && !ReportFormat.All.Contains(format))
        {
            throw DomainException.Invalid("format", "格式须为 json、md、html 或 docx。");
        }

        if (format is null or "json")
        {
            return TypedResults.Ok(await sender.Send(new GetAccountabilityReport(brigadeId, leaderId, year, version)));
        }

        var document = await sender.Send(new GetAccountabilityDocument(brigadeId, leaderId, year, version));
        return ReportFormat.Render(
            format, document.Report, AccountabilityReportLayout.Build(document.Report, document.BrigadeName, document.Date),
            AccountabilityReportLayout.FileName(document.Report), request,
            $"/b/{Uri.EscapeDataString(brigadeId)}/leaders/{Uri.EscapeDataString(leaderId)}/accountability/{year}");
    }

    private static async Task<Ok<AccountabilityReportResponse>> Edit(
        string brigadeId, string leaderId, int year, EditAccountabilityReport body, ISender sender) =>
        TypedResults.Ok(await sender.Send(body with { BrigadeId = brigadeId, LeaderId = leaderId, Year = year }));

    private static async Task<Ok<AccountabilityReportResponse>> Submit(string brigadeId, string leaderId, int year, ISender sender) =>
        TypedResults.Ok(await sender.Send(new AccountabilityAction(brigadeId, leaderId, year, AccountabilityActionKind.Submit)));

    private static async Task<Ok<AccountabilityReportResponse>> Redraft(string brigadeId, string leaderId, int year, ISender sender) =>
        TypedResults.Ok(await sender.Send(new AccountabilityAction(brigadeId, leaderId, year, AccountabilityActionKind.Redraft)));

    private static async Task<Ok<AccountabilityReportResponse>> Accept(string brigadeId, string leaderId, int year, ISender sender) =>
        TypedResults.Ok(await sender.Send(new AccountabilityAction(brigadeId, leaderId, year, AccountabilityActionKind.Accept)));

    private static async Task<Ok<AccountabilityReportResponse>> Return(
        string brigadeId, string leaderId, int year, ReturnAccountabilityReport body, ISender sender) =>
        TypedResults.Ok(await sender.Send(body with { BrigadeId = brigadeId, LeaderId = leaderId, Year = year }));
}
