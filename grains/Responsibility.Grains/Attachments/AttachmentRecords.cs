namespace Responsibility.Grains.Attachments;

using Responsibility.Grains.Abstractions.Attachments;
using Responsibility.Storage.Attachments;

/// <summary>The attachment store's rows as the grains' records; the owner's kind is stored by name.</summary>
internal static class AttachmentRecords
{
    public static AttachmentInfo? ToInfo(StoredAttachment? row) => row is null ? null : new AttachmentInfo(
        new AttachedFile(row.Id, row.FileName, row.ContentType, row.Size, row.Sha256, row.UploadedBy, row.UploadedAt),
        row.Scope,
        row.Parts,
        row.Link is { } link && Enum.TryParse<AttachmentOwnerKind>(link.OwnerKind, out var kind)
            ? new AttachmentOwner(kind, link.OwnerId, link.OwnerPart)
            : null,
        row.Link?.AttachedAt);

    public static AttachmentLink ToLink(AttachmentOwner owner, DateTimeOffset at) =>
        new(owner.Kind.ToString(), owner.Id, owner.Part, at);
}
