namespace Responsibility.Grains.Attachments;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Attachments;

/// <summary>Who may attach a file to what, decided from the file's record; the messages name the request's field.</summary>
internal static class AttachmentRules
{
    public const string Field = "attachmentIds";

    /// <summary>
    /// A file is attached by the person who uploaded it, within their brigade, to one owner. Someone else's upload reads
    /// as missing: whether it exists is not the caller's business.
    /// </summary>
    public static void CheckAttachable(string id, AttachmentInfo? info, AttachmentOwner owner, string brigadeId, string actor)
    {
        if (info is null || info.BrigadeId != brigadeId || info.File.UploadedBy != actor)
        {
            throw DomainException.Invalid(Field, $"附件 {id} 不存在，或不是您上传的。");
        }

        if (info.Expired)
        {
            throw DomainException.Invalid(Field, $"附件“{info.File.FileName}”上传后超过保留期限仍未使用，已失效，请重新上传。");
        }

        if (info.Owner is { } held && (held.Kind != owner.Kind || held.Id != owner.Id))
        {
            throw Taken(info.File);
        }
    }

    public static DomainException Taken(AttachedFile file) =>
        DomainException.Conflict($"文件“{file.FileName}”已附在其他事项上，如需再用请重新上传。", Field);

    public static DomainException TooLarge() =>
        new(ErrorKind.TooLarge, $"文件不能超过 {AttachmentLimits.MaxBytes / 1024 / 1024} MB。", "file");

    public static DomainException QuotaFull(AttachmentOptions settings) => new(
        ErrorKind.QuotaExceeded,
        $"您已上传但尚未使用的文件已达 {settings.UnattachedQuotaMB} MB 上限。请先把它们附到填报或答复中，" +
        $"或等其上传满 {settings.UnattachedExpiryHours:0.#} 小时后自动清除，再上传新的文件。",
        "file");
}
