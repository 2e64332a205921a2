namespace Responsibility.Api.Attachments;

using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Attachments;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// A file to download, within the scope of what it is attached to (an entry: whoever may read the task's entries; an
/// answer: whoever may read the instruction); a file not yet attached is its uploader's alone. Another brigade's file,
/// another person's unattached upload, or an upload that expired unattached, is answered as missing.
/// </summary>
public sealed record GetAttachment(string AttachmentId) : IRequest<AttachmentDownload>, IAuthorizedRequest
{
    public Permission Permission => new Permission.SignedIn();
}

public sealed record AttachmentDownload(AttachedFile File, int Parts, IAttachmentGrain Grain);

public sealed class GetAttachmentHandler(IGrainFactory grains, CallerAccessor callers, PermissionCheck permissions)
    : IRequestHandler<GetAttachment, AttachmentDownload>
{
    public async ValueTask<AttachmentDownload> Handle(GetAttachment r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var grain = grains.GetGrain<IAttachmentGrain>(r.AttachmentId);
        var info = AttachmentIds.IsWellFormed(r.AttachmentId) ? await grain.GetInfo() : null;
        if (info is null || info.Expired || (!caller.IsSystemAdmin && info.BrigadeId != caller.BrigadeId)
            || (info.Owner is null && info.File.UploadedBy != caller.Username))
        {
            throw DomainException.NotFound("文件不存在。");
        }

        if (info.Owner is { } owner && !(ReadPermission(owner) is { } permission && await permissions.Allows(caller, permission)))
        {
            throw new ForbiddenException("该文件所附的事项不在您的查看范围内。");
        }

        return new AttachmentDownload(info.File, info.Parts, grain);
    }

    /// <summary>
    /// Who may read a file is who may read its owner. An owner kind without a line here is read by nobody, so a new kind
    /// of owner cannot leak its files before its scope is written down.
    /// </summary>
    public static Permission? ReadPermission(AttachmentOwner owner) => owner.Kind switch
    {
        AttachmentOwnerKind.Task => new Permission.Task(owner.Id, TaskAction.ReadEntries),
        AttachmentOwnerKind.Instruction => new Permission.Instruction(owner.Id, InstructionAction.Read),
        AttachmentOwnerKind.DutyRecord when DutyHolder.FromTag(owner.Id) is { } holder => new Permission.Holder(holder, HolderAction.ReadRecords),
        AttachmentOwnerKind.Pledge => new Permission.Pledge(owner.Id, PledgeAction.ReadScan),
        AttachmentOwnerKind.Rectification => new Permission.Rectification(owner.Id, RectificationAction.Read),
        AttachmentOwnerKind.Extension => new Permission.Extension(owner.Id, ExtensionAction.Read),
        _ => null,
    };
}
