namespace Responsibility.Api.Appraisal;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Responsibility.Api.Ledger;
using Responsibility.Api.OpenApi;
using Responsibility.Api.Reports;
using Responsibility.Reports.Layouts;
using Responsibility.Reports.Ledger;

/// <summary>评责 (SPEC §6): the year's 考核方案, the scores of a period, 自评分, 考核组评分, the lock and adjustments.</summary>
public static class AppraisalApi
{
    public static RouteGroupBuilder MapAppraisal(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1").WithTags("Appraisal").RequireAuthorization();
        api.MapGet("/brigades/{brigadeId}/appraisal/{year:int}/scheme", GetScheme)
            .Documented("getAppraisalScheme", "The year's 考核方案 (an empty quarterly one before the office saves one); everyone in the brigade", 400, 403, 404);
        api.MapPut("/brigades/{brigadeId}/appraisal/{year:int}/scheme", PutScheme)
            .Documented("putAppraisalScheme", "Save the year's 考核方案 whole: two levels of indicators, 分值, 评分标准, automatic rules, 档次 thresholds (Admin); 409 once a period is locked", 400, 403, 404, 409, 413);
        api.MapPost("/brigades/{brigadeId}/appraisal/{year:int}/scheme/copy", CopyScheme)
            .Documented("copyAppraisalScheme", "Copy last year's 考核方案 (or from=YYYY's) into a year without one (Admin)", 400, 403, 404, 409);
        api.MapGet("/brigades/{brigadeId}/appraisal/{year:int}/scores", Scores)
            .Documented("getAppraisalScores", "A period's scores of the units or the leaders as of a day, ranked with 档次; each line's automatic points with their causes, 自评分, 考核组评分 and adjustments (causes that are details follow the reader's scope)", 400, 403, 404);
        api.MapPut("/brigades/{brigadeId}/appraisal/{year:int}/{period}/self/{subjectKind}/{subjectId}", PutSelf)
            .Documented("putAppraisalSelf", "The subject's 自评分 of an ended, unlocked period, replacing its earlier one (the unit's head; the leader themselves)", 400, 403, 404, 409, 413);
        api.MapPut("/brigades/{brigadeId}/appraisal/{year:int}/{period}/review/{subjectKind}/{subjectId}", PutReview)
            .Documented("putAppraisalReview", "考核组评分 of a subject's ended, unlocked period; a line differing from the 自评分 (or the automatic points) needs a reason (BrigadeLeader, Admin)", 400, 403, 404, 409, 413);
        api.MapPost("/brigades/{brigadeId}/appraisal/{year:int}/{period}/lock", Lock)
            .Documented("lockAppraisalPeriod", "Lock an ended period: its automatic points are frozen as they stood at its end; later corrections are adjustments (BrigadeLeader, Admin; Idempotency-Key honoured)", 400, 403, 404, 409);
        api.MapPost("/brigades/{brigadeId}/appraisal/{year:int}/{period}/adjustments", Adjust)
            .Documented("adjustAppraisalScore", "Adjust a line of a locked period, with the reason; added to the line, never an edit (BrigadeLeader, Admin; Idempotency-Key honoured)", 400, 403, 404, 409, 413, 422);
        api.MapGet("/brigades/{brigadeId}/appraisal/{year:int}/{period}/sheet", Sheet)
            .Produces(StatusCodes.Status200OK, typeof(byte[]), LedgerDownload.ContentType)
            .Produces(StatusCodes.Status200OK, typeof(byte[]), ReportFormat.DocxContentType)
            .Documented("getAppraisalSheet", "考核评分表 of a period for the units or the leaders: 考核项目, 分值, 评分标准, 自评分, 考核组评分, 加减分说明, total, rank, 档次 (format=xlsx (default), docx, html, md or json); 自评 explanations only where the reader reads the subject's records", 400, 403, 404);
        return api;
    }

    private static async Task<IResult> Sheet(
        string brigadeId, int year, string period, AppraisalSubjects? subjects, string? format, HttpRequest request, ISender sender)
    {
        if (format is not (null or "xlsx" or "docx" or "html" or "md" or "json"))
        {
            throw Grains.Abstractions.DomainException.Invalid("format", "格式须为 xlsx、docx、html、md 或 json。");
        }

        var sheet = await sender.Send(new GetAppraisalSheet(brigadeId, year, period, subjects ?? AppraisalSubjects.Units));
        return format is null or "xlsx"
            ? TypedResults.File(AppraisalWorkbook.Write(sheet), LedgerDownload.ContentType, AppraisalWorkbook.FileName(sheet))
            : ReportFormat.Render(format, sheet, AppraisalSheetLayout.Build(sheet), AppraisalSheetLayout.FileName(sheet), request, $"/b/{brigadeId}/appraisal");
    }

    private static async Task<Ok<SchemeResponse>> GetScheme(string brigadeId, int year, ISender sender) =>
        TypedResults.Ok(await sender.Send(new GetAppraisalScheme(brigadeId, year)));

    private static async Task<Ok<SchemeResponse>> PutScheme(string brigadeId, int year, PutAppraisalScheme body, ISender sender) =>
        TypedResults.Ok(await sender.Send(body with { BrigadeId = brigadeId, Year = year }));

    private static async Task<Ok<SchemeResponse>> CopyScheme(string brigadeId, int year, int? from, ISender sender) =>
        TypedResults.Ok(await sender.Send(new CopyAppraisalScheme(brigadeId, year, from)));

    private static async Task<Ok<ScoresResponse>> Scores(
        string brigadeId, int year, string? period, AppraisalSubjects? subjects, DateOnly? asOf, ISender sender) =>
        TypedResults.Ok(await sender.Send(new GetAppraisalScores(brigadeId, year, period, subjects ?? AppraisalSubjects.Units, asOf)));

    private static async Task<Ok<SubjectScoreResponse>> PutSelf(
        string brigadeId, int year, string period, string subjectKind, string subjectId, PutAppraisalSelf body, ISender sender) =>
        TypedResults.Ok(await sender.Send(body with { BrigadeId = brigadeId, Year = year, Period = period, SubjectKind = subjectKind, SubjectId = subjectId }));

    private static async Task<Ok<SubjectScoreResponse>> PutReview(
        string brigadeId, int year, string period, string subjectKind, string subjectId, PutAppraisalReview body, ISender sender) =>
        TypedResults.Ok(await sender.Send(body with { BrigadeId = brigadeId, Year = year, Period = period, SubjectKind = subjectKind, SubjectId = subjectId }));

    private static async Task<Ok<ScoresResponse>> Lock(
        string brigadeId, int year, string period, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ISender sender) =>
        TypedResults.Ok(await sender.Send(new LockAppraisalPeriod(brigadeId, year, period, idempotencyKey)));

    private static async Task<Created<AdjustmentResponse>> Adjust(
        string brigadeId, int year, string period, AdjustAppraisalScore body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ISender sender)
    {
        var adjustment = await sender.Send(body with { BrigadeId = brigadeId, Year = year, Period = period, IdempotencyKey = idempotencyKey });
        return TypedResults.Created($"/api/v1/brigades/{brigadeId}/appraisal/{year}/scores?period={adjustment.Period}", adjustment);
    }
}
