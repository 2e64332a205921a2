namespace Responsibility.Storage.Attachments;

/// <summary>
/// Uploaded files (佐证材料) in the database beside the event log, so every silo of a cluster reads them: the bytes in
/// parts of bounded size, and one row per completed upload with its SHA-256 and what it is attached to.
/// </summary>
public interface IAttachmentStore
{
    /// <summary>Stores one part of an upload that has not been completed; writing a part again replaces it.</summary>
    Task WritePartAsync(string attachmentId, int index, byte[] data, CancellationToken cancellationToken = default);

    /// <summary>One part of a stored file; null when there is no such part.</summary>
    Task<byte[]?> ReadPartAsync(string attachmentId, int index, CancellationToken cancellationToken = default);

    /// <summary>Size, part count and SHA-256 of the parts stored so far, read back in order; null when a part is missing.</summary>
    Task<PartsDigest?> DigestAsync(string attachmentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a completed upload; false (and nothing changed) when the id is already recorded, or when with it the
    /// uploader's unattached uploads would hold more than <paramref name="quota"/> allows (completions of one uploader
    /// take turns, so concurrent ones cannot pass it together).
    /// </summary>
    Task<bool> CompleteAsync(StoredAttachment attachment, UploadQuota? quota = null, CancellationToken cancellationToken = default);

    Task<StoredAttachment?> ReadAsync(string attachmentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Links the file to its owner unless another owner holds it, or it is unattached and was uploaded before
    /// <paramref name="unattachedSince"/> (expired: the sweep may be removing it): false then. An owner of the same kind
    /// and id may move it to another of its parts (the owner decides whether that part is real).
    /// </summary>
    Task<bool> AttachAsync(
        string attachmentId, AttachmentLink link, DateTimeOffset? unattachedSince = null, CancellationToken cancellationToken = default);

    /// <summary>Removes the parts of an upload that was never completed; a completed one is left alone.</summary>
    Task DiscardAsync(string attachmentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes uploads still unattached that were completed before <paramref name="unattachedBefore"/>, with their parts,
    /// and the parts without an upload row (a crash mid-upload leaves them) whose id sorts below
    /// <paramref name="orphansBelow"/>: ids begin with the moment their upload began, so an upload still in progress is
    /// above it. Harmless to run twice or on two silos at once.
    /// </summary>
    Task<AttachmentSweep> SweepAsync(DateTimeOffset unattachedBefore, string orphansBelow, CancellationToken cancellationToken = default);
}
