namespace Responsibility.Api.Tasks;

using FluentValidation;
using Responsibility.Api.Common;

/// <summary>Field shapes shared by creating and changing a task.</summary>
public static class TaskFieldRules
{
    public static IRuleBuilderOptions<T, double?> PositiveFinite<T>(this IRuleBuilder<T, double?> rule) => rule
        .Must(v => v is null || (v > 0 && double.IsFinite(v.Value))).WithMessage("须为大于 0 的数。");

    /// <summary>A Count's target: a positive number up to 10 亿, so sums of figures stay finite.</summary>
    public static IRuleBuilderOptions<T, double?> CountTarget<T>(this IRuleBuilder<T, double?> rule) => rule
        .Must(v => v is null || (v > 0 && v <= 1e9)).WithMessage("须为大于 0 且不超过 10 亿的数。");

    /// <summary>A Rate's target travels as a fraction: 0.9 is 90%.</summary>
    public static IRuleBuilderOptions<T, double?> RateTarget<T>(this IRuleBuilder<T, double?> rule) => rule
        .Must(v => v is null || (v > 0 && v <= 1)).WithMessage("比率目标须在 0% 到 100% 之间（以 0 到 1 的小数表示，如 0.9）。");

    public static IRuleBuilderOptions<T, double[]?> CumulativePlan<T>(this IRuleBuilder<T, double[]?> rule) => rule
        .Must(p => p is null || p.Length == 0 || (p.Length == 12 && p.All(v => v is >= 0 and <= 1)
                                   && p.Zip(p.Skip(1)).All(x => x.First <= x.Second) && Math.Abs(p[^1] - 1) < 1e-9))
        .WithMessage("须为 12 个递增的累计比例（0 到 1），最后一个为 1。");

    public static IRuleBuilderOptions<T, string?> IndicatorCode<T>(this IRuleBuilder<T, string?> rule) => rule
        .Must(c => c is null || c.Length == 0 || Slug.Pattern().IsMatch(c))
        .WithMessage("指标代码只能由小写字母、数字和连字符组成。");
}
