namespace Responsibility.Api.Attachments;

using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Attachments;

/// <summary>
/// One file (佐证材料) uploaded to attach later, by whoever may report or answer in a brigade. <see cref="Content"/> must
/// be seekable: its kind is read from its bytes before it is stored.
/// </summary>
public sealed record UploadAttachment(Stream? Content, string? FileName, long Length) : IRequest<AttachmentResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Upload();
}

public sealed class UploadAttachmentHandler(IGrainFactory grains, CallerAccessor callers)
    : IRequestHandler<UploadAttachment, AttachmentResponse>
{
    public async ValueTask<AttachmentResponse> Handle(UploadAttachment r, CancellationToken cancellationToken)
    {
        if (r.Content is null || r.Length == 0)
        {
            throw DomainException.Invalid("file", "请选择要上传的文件。");
        }

        if (r.Length > AttachmentLimits.MaxBytes)
        {
            throw new DomainException(ErrorKind.TooLarge, $"文件不能超过 {AttachmentLimits.MaxBytes / 1024 / 1024} MB。", "file");
        }

        var kind = FileSniffer.Detect(r.Content)
            ?? throw new DomainException(ErrorKind.UnsupportedMediaType, "只能上传 PDF、图片（PNG、JPEG）、Word（DOCX）或 Excel（XLSX）文件。", "file");
        if (!FileSniffer.IsComplete(r.Content, kind))
        {
            throw new DomainException(ErrorKind.UnsupportedMediaType, "这个 PDF 文件已损坏（文件不完整），请重新导出或扫描后再上传。", "file");
        }

        var caller = await callers.Get();
        var upload = new AttachmentUpload(
            caller.BrigadeId!, FileNames.Clean(r.FileName, kind, AttachmentLimits.MaxFileNameLength), kind.ContentType, caller.Username);
        var info = await AttachmentUploads.Store(grains, r.Content, upload, cancellationToken);
        return AttachmentResponse.From(info.File);
    }
}
