namespace Responsibility.Storage.Attachments;

/// <summary>A completed upload as its row holds it; <see cref="Link"/> is null until it is attached.</summary>
public sealed record StoredAttachment(
    string Id,
    string Scope,
    string FileName,
    string ContentType,
    long Size,
    string Sha256,
    int Parts,
    string UploadedBy,
    DateTimeOffset UploadedAt,
    AttachmentLink? Link = null);

/// <summary>What a file is attached to: an owner's kind and id (a task, an instruction) and the part of it (an entry).</summary>
public sealed record AttachmentLink(string OwnerKind, string OwnerId, string? OwnerPart, DateTimeOffset AttachedAt);

public sealed record PartsDigest(int Parts, long Size, string Sha256);

/// <summary>
/// How much an uploader may hold in uploads attached to nothing: <see cref="Bytes"/> at most over those completed since
/// <see cref="UnattachedSince"/> (older ones have expired and are swept).
/// </summary>
public sealed record UploadQuota(long Bytes, DateTimeOffset UnattachedSince);

/// <summary>What a sweep removed: uploads left unattached past their expiry, and parts no upload row owns.</summary>
public sealed record AttachmentSweep(int Files, int OrphanParts);
