namespace Responsibility.Grains.Attachments;

using Microsoft.Extensions.DependencyInjection;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Attachments;
using Responsibility.Storage.Attachments;

/// <summary>
/// One uploaded file. Its parts go straight to the attachment store; completing the upload reads them back, so the
/// size and SHA-256 recorded are those of the stored bytes. Nothing of the file is kept in memory between calls.
/// </summary>
public sealed class AttachmentGrain(IAttachmentStore store, [FromKeyedServices(DomainClock.Key)] TimeProvider time)
    : Grain, IAttachmentGrain
{
    private AttachmentInfo? info;
    private int written;

    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken) =>
        info = AttachmentRecords.ToInfo(await store.ReadAsync(Id, cancellationToken));

    public async Task WritePart(int index, byte[] data)
    {
        if (info is not null)
        {
            throw DomainException.Conflict("该文件已上传完成。", "file");
        }

        if (index != written || data.Length == 0 || data.Length > AttachmentLimits.PartBytes)
        {
            throw DomainException.Invalid("file", "文件未能完整接收，请重新上传。");
        }

        if ((long)index * AttachmentLimits.PartBytes + data.Length > AttachmentLimits.MaxBytes)
        {
            throw AttachmentRules.TooLarge();
        }

        await store.WritePartAsync(Id, index, data);
        written++;
    }

    public async Task<AttachmentInfo> Complete(AttachmentUpload upload)
    {
        if (info is not null)
        {
            return info.File.UploadedBy == upload.UploadedBy ? info : throw DomainException.Conflict("该文件已上传完成。", "file");
        }

        var digest = await store.DigestAsync(Id);
        if (digest is null || digest.Parts != written || digest.Size == 0)
        {
            throw DomainException.Invalid("file", "文件未能完整接收，请重新上传。");
        }

        var stored = new StoredAttachment(
            Id, upload.BrigadeId, upload.FileName, upload.ContentType, digest.Size, digest.Sha256, digest.Parts,
            upload.UploadedBy, time.GetUtcNow());
        await store.CompleteAsync(stored);
        info = AttachmentRecords.ToInfo(await store.ReadAsync(Id))!;
        return info;
    }

    public async Task Abandon()
    {
        if (info is null)
        {
            await store.DiscardAsync(Id);
            written = 0;
        }

        DeactivateOnIdle();
    }

    public Task<AttachmentInfo?> GetInfo() => Task.FromResult(info);

    public async Task<byte[]> ReadPart(int index)
    {
        var part = info is not null && index >= 0 && index < info.Parts ? await store.ReadPartAsync(Id, index) : null;
        return part ?? throw DomainException.NotFound("文件不存在。");
    }

    public async Task<AttachedFile> Attach(AttachmentOwner owner, string brigadeId, string actor)
    {
        AttachmentRules.CheckAttachable(Id, info, owner, brigadeId, actor);
        if (info!.Owner == owner)
        {
            return info.File;
        }

        var at = time.GetUtcNow();
        if (!await store.AttachAsync(Id, AttachmentRecords.ToLink(owner, at)))
        {
            throw AttachmentRules.Taken(info.File);
        }

        info = info with { Owner = owner, AttachedAt = at };
        return info.File;
    }
}
