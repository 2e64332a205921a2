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

    /// <summary>Records a completed upload; false (and nothing changed) when the id is already recorded.</summary>
    Task<bool> CompleteAsync(StoredAttachment attachment, CancellationToken cancellationToken = default);

    Task<StoredAttachment?> ReadAsync(string attachmentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Links the file to its owner unless another owner holds it: false when one does. An owner of the same kind and
    /// id may move it to another of its parts (the owner decides whether that part is real).
    /// </summary>
    Task<bool> AttachAsync(string attachmentId, AttachmentLink link, CancellationToken cancellationToken = default);

    /// <summary>Removes the parts of an upload that was never completed; a completed one is left alone.</summary>
    Task DiscardAsync(string attachmentId, CancellationToken cancellationToken = default);
}
