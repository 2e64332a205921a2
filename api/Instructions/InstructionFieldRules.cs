namespace Responsibility.Api.Instructions;

using FluentValidation;
using Responsibility.Api.Common;

/// <summary>The shape of what people write on instructions; whether it fits the brigade is the grains' call.</summary>
public static class InstructionFieldRules
{
    public static IRuleBuilderOptions<T, DateOnly?> IsDueDate<T>(this IRuleBuilder<T, DateOnly?> rule) => rule
        .Must(d => d is null || d.Value.Year is >= 2000 and <= 2100).WithMessage("办理时限须在 2000 年到 2100 年之间。");

    public static IRuleBuilderOptions<T, string?> IsInstructionText<T>(this IRuleBuilder<T, string?> rule) => rule.Required(TextRules.Note);
}
