namespace Responsibility.Api.Ledger;

using Mediator;
using Responsibility.Api.OpenApi;
using Microsoft.AspNetCore.Mvc;
using Responsibility.Reports.Ledger;

public static class LedgerApi
{
    /// <summary>The sheet and the multipart framing around it.</summary>
    public const long MaxImportRequestBytes = LedgerLimits.MaxFileBytes + 64 * 1024;

    public static RouteGroupBuilder MapLedger(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1/brigades/{brigadeId}/tasks").WithTags("Ledger").RequireAuthorization();
        api.MapGet("/export", Export)
            .Produces(StatusCodes.Status200OK, typeof(byte[]), LedgerDownload.ContentType)
            .Documented("exportLedger", "The year's tasks as the Excel 台账 (.xlsx)", 400, 403, 404);

        // Writes to the API need a bearer token (WebPages.SelectScheme), so a cross-site form cannot post here.
        api.MapPost("/import", Import).DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(MaxImportRequestBytes))
            .Documented("importLedger", "Create or change tasks by code from a 台账 sheet (.xlsx or .csv): all or nothing, problems by row and column (Admin)", 400, 403, 404, 413);
        return api;
    }

    private static async Task<FileContentHttpResult> Export(string brigadeId, int? year, string? format, ISender sender)
    {
        var download = await sender.Send(new ExportLedger(brigadeId, year, format));
        return TypedResults.File(download.Content, LedgerDownload.ContentType, download.FileName);
    }

    private static async Task<Ok<LedgerImportResponse>> Import(string brigadeId, IFormFile? file, ISender sender)
    {
        await using var content = file?.OpenReadStream();
        return TypedResults.Ok(await sender.Send(new ImportLedger(brigadeId, content, file?.Length ?? 0)));
    }
}
