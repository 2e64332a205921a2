namespace Responsibility.Api.Oversight;

using Mediator;
using Responsibility.Api.Ledger;
using Responsibility.Api.OpenApi;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Oversight;

/// <summary>Inspections (检查) and their 整改 items: recorded by leaders, reported by units, 销号 or 退回 by the checkers (SPEC §3, §6).</summary>
public static class InspectionsApi
{
    public static RouteGroupBuilder MapInspections(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1").WithTags("Inspections").RequireAuthorization();
        api.MapPost("/brigades/{brigadeId}/inspections", Record)
            .Documented("recordInspection", "Record an inspection (检查): kind, date, inspectors (leaders), units checked, summary (a BrigadeLeader, the Admin, or a Leader among its inspectors)", 400, 403, 404, 413);
        api.MapGet("/brigades/{brigadeId}/inspections", List)
            .Documented("listInspections", "The brigade's inspections of a year, latest first, those the caller may read", 400, 403, 404);
        api.MapGet("/inspections/{inspectionId}", Get)
            .Documented("getInspection", "An inspection with the findings (整改 items) the caller may read", 400, 403, 404);
        api.MapPost("/inspections/{inspectionId}/findings", AddFinding)
            .Documented("addFinding", "Add a finding: it becomes a 整改 item of its unit, marked 重复发生 after an earlier one of the unit and category", 400, 403, 404, 409, 413);
        api.MapGet("/brigades/{brigadeId}/rectifications", Rectifications)
            .Produces(StatusCodes.Status200OK, typeof(byte[]), LedgerDownload.ContentType)
            .Documented("listRectifications", "The 整改台账 by state, unit and overdue today; with format=xlsx the same rows as the Excel 台账 (原定时限, 调整后时限, 延期次数)", 400, 403, 404);
        api.MapGet("/rectifications/{rectificationId}", GetRectification)
            .Documented("getRectification", "A 整改 item with its reports, returns, extensions and 销号", 400, 403, 404);
        api.MapPost("/rectifications/{rectificationId}/report", Report)
            .Documented("reportRectification", "Report 整改情况 with evidence files uploaded before (the head of the unit responsible)", 400, 403, 404, 409, 413);
        api.MapPost("/rectifications/{rectificationId}/close", Close)
            .Documented("closeRectification", "销号: only a reported item whose report carries evidence (409 otherwise); a BrigadeLeader, the Admin or an inspector", 400, 403, 404, 409);
        api.MapPost("/rectifications/{rectificationId}/return", Return)
            .Documented("returnRectification", "退回 a reported item with a reason (whoever may close it)", 400, 403, 404, 409, 413);
        return api;
    }

    private static async Task<Created<InspectionResponse>> Record(string brigadeId, RecordInspection body, ISender sender)
    {
        var inspection = await sender.Send(body with { BrigadeId = brigadeId });
        return TypedResults.Created($"/api/v1/inspections/{inspection.Id}", inspection);
    }

    private static async Task<Ok<InspectionResponse[]>> List(string brigadeId, int? year, ISender sender) =>
        TypedResults.Ok(await sender.Send(new ListInspections(brigadeId, year)));

    private static async Task<Ok<InspectionResponse>> Get(string inspectionId, ISender sender) =>
        TypedResults.Ok(await sender.Send(new GetInspection(inspectionId)));

    private static async Task<Created<RectificationResponse>> AddFinding(string inspectionId, AddFinding body, ISender sender)
    {
        var item = await sender.Send(body with { InspectionId = inspectionId });
        return TypedResults.Created($"/api/v1/rectifications/{item.Id}", item);
    }

    private static async Task<IResult> Rectifications(
        string brigadeId, RectificationState? state, string? unitId, bool? overdue, string? format, ISender sender)
    {
        if (format is "xlsx")
        {
            var download = await sender.Send(new ExportRectifications(brigadeId, state, unitId, overdue));
            return TypedResults.File(download.Content, LedgerDownload.ContentType, download.FileName);
        }

        return format is null or "json"
            ? TypedResults.Ok(await sender.Send(new ListRectifications(brigadeId, state, unitId, overdue)))
            : throw DomainException.Invalid("format", "格式须为 json 或 xlsx。");
    }

    private static async Task<Ok<RectificationResponse>> GetRectification(string rectificationId, ISender sender) =>
        TypedResults.Ok(await sender.Send(new GetRectification(rectificationId)));

    private static async Task<Ok<RectificationResponse>> Report(string rectificationId, ReportRectification body, ISender sender) =>
        TypedResults.Ok(await sender.Send(body with { RectificationId = rectificationId }));

    private static async Task<Ok<RectificationResponse>> Close(string rectificationId, ISender sender) =>
        TypedResults.Ok(await sender.Send(new CloseRectification(rectificationId)));

    private static async Task<Ok<RectificationResponse>> Return(string rectificationId, ReturnRectification body, ISender sender) =>
        TypedResults.Ok(await sender.Send(body with { RectificationId = rectificationId }));
}
