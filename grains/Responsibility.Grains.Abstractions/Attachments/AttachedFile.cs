namespace Responsibility.Grains.Abstractions.Attachments;

/// <summary>
/// A file (佐证材料) as whatever it is attached to remembers it: the owner's event carries this copy, so the audit trail
/// and the pages name the file without asking for it. <see cref="Sha256"/> is the hash of the stored bytes.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AttachedFile")]
public sealed record AttachedFile(
    string Id,
    string FileName,
    string ContentType,
    long Size,
    string Sha256,
    string UploadedBy,
    DateTimeOffset UploadedAt);
