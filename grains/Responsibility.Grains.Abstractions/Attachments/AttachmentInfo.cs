namespace Responsibility.Grains.Abstractions.Attachments;

/// <summary>
/// A completed upload: the file, its brigade, how many parts hold its bytes, and its owner once attached.
/// <see cref="Expired"/>: still unattached past <c>Attachments:UnattachedExpiryHours</c>, so it can no longer be attached
/// and is as good as gone (the sweep removes it).
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AttachmentInfo")]
public sealed record AttachmentInfo(
    AttachedFile File,
    string BrigadeId,
    int Parts,
    AttachmentOwner? Owner,
    DateTimeOffset? AttachedAt,
    bool Expired = false);
