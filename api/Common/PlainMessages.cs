namespace Responsibility.Api.Common;

using FluentValidation.Resources;

/// <summary>
/// FluentValidation's built-in Chinese messages name the property ("'value' 不能为Null。"); people read the form,
/// not the API, so a rule without a message of its own says what is wrong in plain words. The field is named by the
/// problem's <c>errors</c> key (API) or by where the message stands (pages).
/// </summary>
public static class PlainMessages
{
    public static void Install(LanguageManager languages)
    {
        const string culture = "zh-CN";
        languages.AddTranslation(culture, "NotNullValidator", "不能为空。");
        languages.AddTranslation(culture, "NotEmptyValidator", "不能为空。");
        languages.AddTranslation(culture, "EnumValidator", "不是可选的值。");
        languages.AddTranslation(culture, "InclusiveBetweenValidator", "须在 {From} 到 {To} 之间。");
        languages.AddTranslation(culture, "ExclusiveBetweenValidator", "须在 {From} 到 {To} 之间。");
        languages.AddTranslation(culture, "GreaterThanValidator", "须大于 {ComparisonValue}。");
        languages.AddTranslation(culture, "GreaterThanOrEqualValidator", "不能小于 {ComparisonValue}。");
        languages.AddTranslation(culture, "LessThanValidator", "须小于 {ComparisonValue}。");
        languages.AddTranslation(culture, "LessThanOrEqualValidator", "不能大于 {ComparisonValue}。");
        languages.AddTranslation(culture, "MaximumLengthValidator", "不能超过 {MaxLength} 个字符。");
        languages.AddTranslation(culture, "MinimumLengthValidator", "至少 {MinLength} 个字符。");
        languages.AddTranslation(culture, "LengthValidator", "长度须为 {MinLength} 到 {MaxLength} 个字符。");
        languages.AddTranslation(culture, "PredicateValidator", "不符合要求。");
        languages.AddTranslation(culture, "RegularExpressionValidator", "格式不正确。");
        languages.AddTranslation(culture, "EqualValidator", "须等于 {ComparisonValue}。");
        languages.AddTranslation(culture, "NotEqualValidator", "不能为 {ComparisonValue}。");
    }
}
