namespace Responsibility.Api.Common;

using System.Text.RegularExpressions;
using FluentValidation;

/// <summary>Client-chosen ids (brigade, unit, leader, username): <c>[a-z0-9][a-z0-9-]{0,63}</c>.</summary>
public static partial class Slug
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    public static partial Regex Pattern();

    public static IRuleBuilderOptions<T, string?> IsSlug<T>(this IRuleBuilder<T, string?> rule) => rule
        .NotEmpty().WithMessage("不能为空。")
        .Matches(Pattern()).WithMessage("只能由小写字母、数字和连字符组成，以字母或数字开头，最长 64 个字符。");
}
