namespace Responsibility.Api.Attachments;

using Mediator;
using Responsibility.Api.OpenApi;
using Microsoft.AspNetCore.Mvc;
using Responsibility.Grains.Abstractions.Attachments;

public static class AttachmentsApi
{
    /// <summary>The one route that takes a large body: a file and the multipart framing around it.</summary>
    public const long MaxUploadRequestBytes = AttachmentLimits.MaxBytes + 64 * 1024;

    public static RouteGroupBuilder MapAttachments(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1/attachments").WithTags("Attachments").RequireAuthorization();

        // Writes to the API need a bearer token (WebPages.SelectScheme), so a cross-site form cannot post here.
        api.MapPost("", Upload).DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(MaxUploadRequestBytes))
            .Documented("uploadAttachment", "Upload an evidence file (PDF, PNG, JPEG, DOCX or XLSX; 20 MB at most) to attach to a report or an answer within a day " +
                "(413 also when the account's uploads not yet attached would pass their quota)", 400, 413, 415);
        api.MapGet("/{attachmentId}", Download)
            .Produces(StatusCodes.Status200OK, typeof(byte[]), FileKind.ContentTypes[0], FileKind.ContentTypes[1..])
            .Documented("downloadAttachment", "Download a file, within the scope of what it is attached to", 400, 403, 404);
        return api;
    }

    private static async Task<Created<AttachmentResponse>> Upload(IFormFile? file, ISender sender, CancellationToken cancellationToken)
    {
        await using var content = file?.OpenReadStream();
        var stored = await sender.Send(new UploadAttachment(content, file?.FileName, file?.Length ?? 0), cancellationToken);
        return TypedResults.Created($"/api/v1/attachments/{stored.Id}", stored);
    }

    private static async Task<PushStreamHttpResult> Download(string attachmentId, HttpResponse response, ISender sender)
    {
        var download = await sender.Send(new GetAttachment(attachmentId));
        response.ContentLength = download.File.Size;
        response.Headers.ETag = $"\"{download.File.Sha256}\"";
        return TypedResults.Stream(
            async body =>
            {
                for (var i = 0; i < download.Parts; i++)
                {
                    await body.WriteAsync(await download.Grain.ReadPart(i));
                }
            },
            download.File.ContentType,
            download.File.FileName);
    }
}
