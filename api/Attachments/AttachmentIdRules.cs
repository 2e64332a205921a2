namespace Responsibility.Api.Attachments;

using FluentValidation;
using Responsibility.Grains.Abstractions.Attachments;

/// <summary>
/// The shape of <c>attachmentIds</c> wherever a request attaches files (a progress report, an instruction's answer);
/// whether each names the caller's upload is decided by the grain that attaches it.
/// </summary>
public static class AttachmentIdRules
{
    public static IRuleBuilderOptions<T, string[]?> AreAttachmentIds<T>(this IRuleBuilder<T, string[]?> rule) => rule
        .Must(ids => ids is null || (ids.Length <= AttachmentLimits.MaxPerOwner && ids.All(AttachmentIds.IsWellFormed) && ids.Distinct().Count() == ids.Length))
        .WithMessage($"附件须为上传文件时得到的编号，最多 {AttachmentLimits.MaxPerOwner} 个，且不能重复。");
}
