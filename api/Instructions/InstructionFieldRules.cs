namespace Responsibility.Api.Instructions;

using System.Text.RegularExpressions;
using FluentValidation;
using Responsibility.Api.Common;

/// <summary>The shape of what people write on instructions; whether it fits the brigade is the grains' call.</summary>
public static partial class InstructionFieldRules
{
    public const int MaxAttachments = 20;

    public static IRuleBuilderOptions<T, DateOnly?> IsDueDate<T>(this IRuleBuilder<T, DateOnly?> rule) => rule
        .Must(d => d is null || d.Value.Year is >= 2000 and <= 2100).WithMessage("办理时限须在 2000 年到 2100 年之间。");

    /// <summary>Evidence ids as the attachment store mints them; whether each exists is checked where the store lives.</summary>
    public static IRuleBuilderOptions<T, string[]?> AreAttachmentIds<T>(this IRuleBuilder<T, string[]?> rule) => rule
        .Must(ids => ids is null || (ids.Length <= MaxAttachments && ids.All(id => id is not null && AttachmentId().IsMatch(id)) && ids.Distinct().Count() == ids.Length))
        .WithMessage($"佐证材料最多 {MaxAttachments} 份，编号不能重复，且只能由字母、数字、连字符和下划线组成（不超过 64 个字符）。");

    public static IRuleBuilderOptions<T, string?> IsInstructionText<T>(this IRuleBuilder<T, string?> rule) => rule.Required(TextRules.Note);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex AttachmentId();
}
