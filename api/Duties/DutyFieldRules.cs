namespace Responsibility.Api.Duties;

using FluentValidation;

public static class DutyFieldRules
{
    public static IRuleBuilderOptions<T, int> IsDutyYear<T>(this IRuleBuilder<T, int> rule) => rule
        .InclusiveBetween(DutyYear.First, DutyYear.Last).WithMessage("年度须在 2000 到 2100 之间。");

    /// <summary>A year that may be left out (this year then), or one a 清单 may be kept for.</summary>
    public static IRuleBuilderOptions<T, int?> IsDutyYear<T>(this IRuleBuilder<T, int?> rule) => rule
        .Must(y => y is null or (>= DutyYear.First and <= DutyYear.Last)).WithMessage("年度须在 2000 到 2100 之间。");
}
