namespace Responsibility.Grains.Abstractions.Attachments;

/// <summary>A completed upload: the file, its brigade, how many parts hold its bytes, and its owner once attached.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AttachmentInfo")]
public sealed record AttachmentInfo(
    AttachedFile File,
    string BrigadeId,
    int Parts,
    AttachmentOwner? Owner,
    DateTimeOffset? AttachedAt);
