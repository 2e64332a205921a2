namespace Responsibility.Grains.Abstractions.Attachments;

/// <summary>What the uploader says about a file once its bytes are written; the content type was read from the bytes.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AttachmentUpload")]
public sealed record AttachmentUpload(string BrigadeId, string FileName, string ContentType, string UploadedBy);
