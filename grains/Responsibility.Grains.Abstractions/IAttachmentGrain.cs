namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Attachments;

/// <summary>
/// One uploaded file (佐证材料), keyed by its attachment id. Its bytes are written in parts, then the upload is
/// completed (size and SHA-256 recorded from what was stored); an owner — a task's entry, an instruction's answer —
/// attaches it once, and the owner's scope decides who may download it.
/// </summary>
public interface IAttachmentGrain : IGrainWithStringKey
{
    /// <summary>Stores part <paramref name="index"/> (from 0, in order) of an upload not yet completed.</summary>
    Task WritePart(int index, byte[] data);

    /// <summary>Records the written parts as the file; answers what was recorded.</summary>
    Task<AttachmentInfo> Complete(AttachmentUpload upload);

    /// <summary>Drops the parts of an upload that will not be completed (the request failed or was cancelled).</summary>
    Task Abandon();

    /// <summary>The completed upload; null when there is none with this id.</summary>
    Task<AttachmentInfo?> GetInfo();

    /// <summary>Part <paramref name="index"/> of the stored file, for a download.</summary>
    Task<byte[]> ReadPart(int index);

    /// <summary>
    /// Attaches the file to <paramref name="owner"/> on its behalf: only the grain that owns it calls this, after checking
    /// none of its own parts lists the file already. The file must be of <paramref name="brigadeId"/>, uploaded by
    /// <paramref name="actor"/>, and attached to nothing else (the same owner may move it between its parts).
    /// </summary>
    Task<AttachedFile> Attach(AttachmentOwner owner, string brigadeId, string actor);
}
