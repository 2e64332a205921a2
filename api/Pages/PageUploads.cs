namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Responsibility.Api.Attachments;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Attachments;

/// <summary>
/// Files chosen in a page's form, uploaded one by one through the same request as the API's upload. A refused file
/// lands beside the form's file field; the files already taken are kept for the form to send again.
/// </summary>
public static class PageUploads
{
    /// <summary>How many files one submission of a page takes (a report may carry more over several submissions).</summary>
    public const int MaxPerSubmission = 5;

    /// <summary>The largest page request that carries files: as many files as one submission takes, and the form's fields.</summary>
    public const long MaxRequestBytes = MaxPerSubmission * AttachmentLimits.MaxBytes + 1024 * 1024;

    /// <summary>The ids of the files uploaded; null (with the reason in <paramref name="modelState"/>) when one was refused.</summary>
    public static async Task<List<string>?> Upload(
        ISender sender, IReadOnlyList<IFormFile> files, ModelStateDictionary modelState, string key, CancellationToken cancellationToken)
    {
        if (files.Count > MaxPerSubmission)
        {
            modelState.AddModelError(key, $"每次最多上传 {MaxPerSubmission} 个文件。");
            return null;
        }

        var ids = new List<string>();
        foreach (var file in files.Where(f => f.Length > 0))
        {
            try
            {
                await using var content = file.OpenReadStream();
                ids.Add((await sender.Send(new UploadAttachment(content, file.FileName, file.Length), cancellationToken)).Id);
            }
            catch (Exception e) when (RequestErrors.AddTo(modelState, e, "", new Dictionary<string, string> { ["file"] = key }))
            {
                modelState[key]!.Errors[^1] = new ModelError($"“{file.FileName}”：{modelState[key]!.Errors[^1].ErrorMessage}");
                return null;
            }
        }

        return ids;
    }

    /// <summary>
    /// Files of an earlier, refused submission that the form sends again: those their uploader may still read, so one
    /// that expired meanwhile drops out (the refusal said so) instead of failing the page.
    /// </summary>
    public static async Task<AttachmentResponse[]> Kept(ISender sender, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var kept = new List<AttachmentResponse>();
        foreach (var id in ids)
        {
            try
            {
                kept.Add(AttachmentResponse.From((await sender.Send(new GetAttachment(id), cancellationToken)).File));
            }
            catch (DomainException e) when (e.Kind == ErrorKind.NotFound)
            {
            }
        }

        return [.. kept];
    }
}
