namespace Responsibility.Grains.Attachments;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Attachments;

/// <summary>
/// Attaches uploaded files to a part of an owner (a task's entry, an instruction's answer), for the grain that owns it
/// and before it records that part: every file is checked first, so a refused one leaves the others unattached.
/// </summary>
public static class AttachmentClaims
{
    /// <param name="held">The files the owner's other parts already list: one file belongs to one part.</param>
    public static async Task<AttachedFile[]?> Claim(
        IGrainFactory grains, string[]? ids, AttachmentOwner owner, string brigadeId, string actor, IEnumerable<string> held)
    {
        if (ids is not { Length: > 0 })
        {
            return null;
        }

        if (ids.Length > AttachmentLimits.MaxPerOwner || ids.Distinct().Count() != ids.Length || !ids.All(AttachmentIds.IsWellFormed))
        {
            throw DomainException.Invalid(
                AttachmentRules.Field, $"附件编号不正确：最多 {AttachmentLimits.MaxPerOwner} 个，且不能重复。");
        }

        var attachments = ids.Select(id => grains.GetGrain<IAttachmentGrain>(id)).ToArray();
        var infos = await Task.WhenAll(attachments.Select(a => a.GetInfo()));
        for (var i = 0; i < ids.Length; i++)
        {
            AttachmentRules.CheckAttachable(ids[i], infos[i], owner, brigadeId, actor);
        }

        if (infos.FirstOrDefault(info => held.Contains(info!.File.Id)) is { } listed)
        {
            throw AttachmentRules.Taken(listed.File);
        }

        var files = new AttachedFile[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            files[i] = await attachments[i].Attach(owner, brigadeId, actor);
        }

        return files;
    }
}
