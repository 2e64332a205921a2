namespace Responsibility.Api.Common;

using FluentValidation;

public static class TextRules
{
    public const int Name = 100;
    public const int Title = 200;
    public const int Note = 2000;

    public static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilder<T, string?> rule, int maxLength) => rule
        .NotEmpty().WithMessage("不能为空。")
        .MaximumLength(maxLength).WithMessage($"不能超过 {maxLength} 个字符。");

    public static IRuleBuilderOptions<T, string?> Optional<T>(this IRuleBuilder<T, string?> rule, int maxLength) => rule
        .MaximumLength(maxLength).WithMessage($"不能超过 {maxLength} 个字符。");
}
