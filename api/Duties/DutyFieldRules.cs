namespace Responsibility.Api.Duties;

using FluentValidation;

public static class DutyFieldRules
{
    public static IRuleBuilderOptions<T, int> IsDutyYear<T>(this IRuleBuilder<T, int> rule) => rule
        .InclusiveBetween(DutyYear.First, DutyYear.Last).WithMessage("年度须在 2000 到 2100 之间。");
}
