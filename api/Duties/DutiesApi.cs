namespace Responsibility.Api.Duties;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Responsibility.Api.Ledger;
using Responsibility.Api.OpenApi;
using Responsibility.Api.Reports;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Reports.Layouts;

/// <summary>
/// 明责 and 履责: the year's 责任清单 and its slots per leader and unit, 履责纪实 records and 谈话, 责任书 and their signing,
/// the 廉政风险点 register and a leader's 廉政档案 (SPEC §6).
/// </summary>
public static class DutiesApi
{
    public static RouteGroupBuilder MapDuties(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1").WithTags("Duties").RequireAuthorization();
        api.MapGet("/brigades/{brigadeId}/duties/{year:int}", List)
            .Documented("listDuties", "The year's 责任清单 (duty list)", 400, 403, 404);
        api.MapPut("/brigades/{brigadeId}/duties/{year:int}/items/{itemId}", Put)
            .Documented("putDutyItem", "Create or change an item of the year's 责任清单 (Admin)", 400, 403, 404, 409, 413);
        api.MapDelete("/brigades/{brigadeId}/duties/{year:int}/items/{itemId}", Remove)
            .Documented("removeDutyItem", "Remove an item nothing has been recorded against (Admin)", 400, 403, 404, 409);
        api.MapPost("/brigades/{brigadeId}/duties/{year:int}/copy", Copy)
            .Documented("copyDuties", "Copy last year's 责任清单 (or another year's) into an empty year, dates moved (Admin)", 400, 403, 404, 409);
        api.MapGet("/brigades/{brigadeId}/duties/{year:int}/export", Export)
            .Produces(StatusCodes.Status200OK, typeof(byte[]), LedgerDownload.ContentType)
            .Documented("exportDuties", "The year's 责任清单 as .xlsx, with the 廉政风险点 register on a second sheet for readers of it", 400, 403, 404);

        // Writes to the API need a bearer token (WebPages.SelectScheme), so a cross-site form cannot post here.
        api.MapPost("/brigades/{brigadeId}/duties/{year:int}/import", Import).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(LedgerApi.MaxImportRequestBytes))
            .Documented("importDuties", "Put the year's items by 编号 from the 责任清单 sheet of an .xlsx: all or nothing, problems by row and column (Admin)", 400, 403, 404, 409, 413, 415);
        api.MapGet("/brigades/{brigadeId}/leaders/{leaderId}/duties", LeaderDuties)
            .Documented("getLeaderDuties", "A leader's items of the year with their slots and completion on both lines", 400, 403, 404);
        api.MapGet("/brigades/{brigadeId}/units/{unitId}/duties", UnitDuties)
            .Documented("getUnitDuties", "A unit's items of the year with their slots and completion", 400, 403, 404);
        api.MapPost("/brigades/{brigadeId}/records", Record)
            .Documented("recordDuty", "Record what was done (履责纪实, 一事一记), fulfilling the slots it names", 400, 403, 404, 409, 413);
        api.MapGet("/brigades/{brigadeId}/leaders/{leaderId}/records", LeaderRecords)
            .Documented("listLeaderRecords", "A leader's records of the year, with those the system made from what they did", 400, 403, 404);
        api.MapGet("/brigades/{brigadeId}/units/{unitId}/records", UnitRecords)
            .Documented("listUnitRecords", "A unit's records of the year", 400, 403, 404);
        api.MapGet("/brigades/{brigadeId}/leaders/{leaderId}/archive", Archive)
            .Documented("getLeaderArchive", "A leader's 廉政档案: completion, records, 谈话 and 责任书 of the year", 400, 403, 404);
        api.MapGet("/brigades/{brigadeId}/pledges", Pledges)
            .Documented("listPledges", "The year's 责任书, one per pair, and the share signed (签订率)", 400, 403, 404);
        api.MapGet("/pledges/{pledgeId}", Pledge).Produces<PledgeResponse>()
            .Produces(StatusCodes.Status200OK, typeof(string), "text/markdown", "text/html", ReportFormat.DocxContentType)
            .Documented("getPledge", "A 责任书 with its parties, items and signing; with format=md, html or docx the 党风廉政建设责任书 itself in the reports' GB/T 9704 layout", 400, 403, 404);
        api.MapPost("/pledges/{pledgeId}/sign", Sign)
            .Documented("signPledge", "Record a 责任书 as signed, with the date and the signed scan (Admin)", 400, 403, 404, 409, 413);
        api.MapGet("/brigades/{brigadeId}/risks", Risks)
            .Documented("listRisks", "The year's 廉政风险点 register of the brigade's units", 400, 403, 404);
        api.MapPut("/brigades/{brigadeId}/risks/{year:int}/{riskId}", PutRiskRow)
            .Documented("putRisk", "Create or change a row of a unit's 廉政风险点 register (Admin)", 400, 403, 404, 413);
        return api;
    }

    private static async Task<Ok<DutyListResponse>> List(string brigadeId, int year, ISender sender) =>
        TypedResults.Ok(await sender.Send(new ListDuties(brigadeId, year)));

    private static async Task<Ok<DutyItem>> Put(string brigadeId, int year, string itemId, PutDutyItem body, ISender sender) =>
        TypedResults.Ok(await sender.Send(body with { BrigadeId = brigadeId, Year = year, ItemId = itemId }));

    private static async Task<NoContent> Remove(string brigadeId, int year, string itemId, ISender sender)
    {
        await sender.Send(new RemoveDutyItem(brigadeId, year, itemId));
        return TypedResults.NoContent();
    }

    private static async Task<Ok<DutyListResponse>> Copy(string brigadeId, int year, int? from, ISender sender) =>
        TypedResults.Ok(await sender.Send(new CopyDuties(brigadeId, year, from)));

    private static async Task<FileContentHttpResult> Export(string brigadeId, int year, string? format, ISender sender)
    {
        var download = await sender.Send(new ExportDuties(brigadeId, year, format));
        return TypedResults.File(download.Content, LedgerDownload.ContentType, download.FileName);
    }

    private static async Task<Ok<LedgerImportResponse>> Import(string brigadeId, int year, IFormFile? file, ISender sender)
    {
        await using var content = file?.OpenReadStream();
        return TypedResults.Ok(await sender.Send(new ImportDuties(brigadeId, year, content, file?.Length ?? 0)));
    }

    private static async Task<Ok<DutySheetResponse>> LeaderDuties(string brigadeId, string leaderId, int? year, DateOnly? asOf, ISender sender) =>
        TypedResults.Ok(await sender.Send(new GetHolderDuties(DutyHolder.Leader(brigadeId, leaderId), year, asOf)));

    private static async Task<Ok<DutySheetResponse>> UnitDuties(string brigadeId, string unitId, int? year, DateOnly? asOf, ISender sender) =>
        TypedResults.Ok(await sender.Send(new GetHolderDuties(DutyHolder.Unit(brigadeId, unitId), year, asOf)));

    private static async Task<Created<DutyRecordResponse>> Record(string brigadeId, RecordDuty body, ISender sender)
    {
        var record = await sender.Send(body with { BrigadeId = brigadeId });
        var holder = record.LeaderId is { } leaderId ? $"leaders/{leaderId}" : $"units/{record.UnitId}";
        return TypedResults.Created($"/api/v1/brigades/{brigadeId}/{holder}/records", record);
    }

    private static async Task<Ok<DutyRecordResponse[]>> LeaderRecords(string brigadeId, string leaderId, int? year, ISender sender) =>
        TypedResults.Ok(await sender.Send(new ListDutyRecords(DutyHolder.Leader(brigadeId, leaderId), year)));

    private static async Task<Ok<DutyRecordResponse[]>> UnitRecords(string brigadeId, string unitId, int? year, ISender sender) =>
        TypedResults.Ok(await sender.Send(new ListDutyRecords(DutyHolder.Unit(brigadeId, unitId), year)));

    private static async Task<Ok<ArchiveResponse>> Archive(string brigadeId, string leaderId, int? year, ISender sender) =>
        TypedResults.Ok(await sender.Send(new GetArchive(brigadeId, leaderId, year)));

    private static async Task<Ok<PledgeListResponse>> Pledges(string brigadeId, int? year, ISender sender) =>
        TypedResults.Ok(await sender.Send(new ListPledges(brigadeId, year)));

    /// <summary>The 责任书 as JSON (default) or as the document: Markdown, HTML or Word.</summary>
    private static async Task<IResult> Pledge(string pledgeId, string? format, HttpRequest request, ISender sender)
    {
        if (format is not null && !ReportFormat.All.Contains(format))
        {
            throw Grains.Abstractions.DomainException.Invalid("format", "格式须为 json、md、html 或 docx。");
        }

        if (format is null or "json")
        {
            return TypedResults.Ok(await sender.Send(new GetPledge(pledgeId)));
        }

        var content = await sender.Send(new GetPledgeDocument(pledgeId));
        var brigadeId = PledgeIds.Parse(pledgeId)!.Value.BrigadeId;
        return ReportFormat.Render(
            format, content, PledgeLayout.Build(content), PledgeLayout.FileName(content), request, $"/b/{Uri.EscapeDataString(brigadeId)}");
    }

    private static async Task<Ok<PledgeResponse>> Sign(string pledgeId, SignPledge body, ISender sender) =>
        TypedResults.Ok(await sender.Send(body with { PledgeId = pledgeId }));

    private static async Task<Ok<RiskRow[]>> Risks(string brigadeId, int? year, string? unitId, ISender sender) =>
        TypedResults.Ok(await sender.Send(new ListRisks(brigadeId, year, unitId)));

    private static async Task<Ok<RiskRow>> PutRiskRow(string brigadeId, int year, string riskId, PutRisk body, ISender sender) =>
        TypedResults.Ok(await sender.Send(body with { BrigadeId = brigadeId, Year = year, RiskId = riskId }));
}
