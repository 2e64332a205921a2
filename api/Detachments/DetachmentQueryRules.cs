namespace Responsibility.Api.Detachments;

using FluentValidation;

/// <summary>The year and day a detachment's figures are asked for: within the years the system keeps.</summary>
internal static class DetachmentQueryRules
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public static void Year<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(FirstYear, LastYear).WithMessage($"年度须在 {FirstYear} 到 {LastYear} 之间。");

    public static void Day<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.InclusiveBetween(new DateOnly(FirstYear, 1, 1), new DateOnly(LastYear, 12, 31))
            .WithMessage($"日期须在 {FirstYear} 到 {LastYear} 年之间。");
}
