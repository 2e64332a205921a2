namespace Responsibility.Api.Attachments;

using Responsibility.Grains.Abstractions.Attachments;

/// <summary>A file as the API shows it; <see cref="Sha256"/> is the lowercase hex SHA-256 of the stored bytes.</summary>
public sealed record AttachmentResponse(
    string Id, string FileName, string ContentType, long Size, string Sha256, string UploadedBy, DateTimeOffset UploadedAt)
{
    public static AttachmentResponse From(AttachedFile f) => new(f.Id, f.FileName, f.ContentType, f.Size, f.Sha256, f.UploadedBy, f.UploadedAt);
}
