namespace Responsibility.Grains.Attachments;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Attachments;
using Responsibility.Storage.Attachments;

/// <summary>
/// One uploaded file. Its parts go straight to the attachment store; completing the upload reads them back, so the
/// size and SHA-256 recorded are those of the stored bytes, and records it only within the uploader's quota of files
/// not yet attached. Nothing of the file is kept in memory between calls. Left unattached past its expiry it is
/// answered as expired, whether or not the sweep has removed its row yet.
/// </summary>
public sealed class AttachmentGrain(
    IAttachmentStore store, IOptions<AttachmentOptions> options, [FromKeyedServices(DomainClock.Key)] TimeProvider time)
    : Grain, IAttachmentGrain
{
    private AttachmentInfo? info;
    private int written;

    private string Id => this.GetPrimaryKeyString();

    /// <summary>Uploads completed before this and still unattached have expired.</summary>
    private DateTimeOffset UnattachedSince => time.GetUtcNow() - options.Value.Expiry;

    private AttachmentInfo? Current => info is { Owner: null } unattached && unattached.File.UploadedAt < UnattachedSince
        ? unattached with { Expired = true }
        : info;

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

        var now = time.GetUtcNow();
        var stored = new StoredAttachment(
            Id, upload.BrigadeId, upload.FileName, upload.ContentType, digest.Size, digest.Sha256, digest.Parts, upload.UploadedBy, now);
        await store.CompleteAsync(stored, new UploadQuota(options.Value.QuotaBytes, now - options.Value.Expiry));
        info = AttachmentRecords.ToInfo(await store.ReadAsync(Id));
        if (info is null)
        {
            await store.DiscardAsync(Id);
            written = 0;
            throw AttachmentRules.QuotaFull(options.Value);
        }

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

    public Task<AttachmentInfo?> GetInfo() => Task.FromResult(Current);

    public async Task<byte[]> ReadPart(int index)
    {
        var part = Current is { Expired: false } file && index >= 0 && index < file.Parts ? await store.ReadPartAsync(Id, index) : null;
        return part ?? throw DomainException.NotFound("文件不存在。");
    }

    public async Task<AttachedFile> Attach(AttachmentOwner owner, string brigadeId, string actor)
    {
        AttachmentRules.CheckAttachable(Id, Current, owner, brigadeId, actor);
        if (info!.Owner == owner)
        {
            return info.File;
        }

        var at = time.GetUtcNow();
        if (!await store.AttachAsync(Id, AttachmentRecords.ToLink(owner, at), at - options.Value.Expiry))
        {
            throw AttachmentRules.Taken(info.File);
        }

        info = info with { Owner = owner, AttachedAt = at };
        return info.File;
    }
}
