namespace Responsibility.Api.Pages;

using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

/// <summary>
/// Numbers typed into the pages, read as people mean them whatever the server's culture: "1.5" and "１.５" are 1.5,
/// "93%" is 93 (the fields that take percentages say so), "1,000" and "12,345.5" carry thousands separators; "1,5" is
/// an error, never 15 nor 1.5 (a comma that does not group thousands is a decimal comma, which the pages do not guess at).
/// </summary>
public sealed partial class NumberBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var value = context.ValueProvider.GetValue(context.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        context.ModelState.SetModelValue(context.ModelName, value);
        var text = value.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (context.ModelType == typeof(double))
            {
                context.ModelState.TryAddModelError(context.ModelName, "不能为空。");
                context.Result = ModelBindingResult.Failed();
            }
            else
            {
                context.Result = ModelBindingResult.Success(null);
            }
        }
        else if (TryParse(text, out var number))
        {
            context.Result = ModelBindingResult.Success(number);
        }
        else
        {
            context.ModelState.TryAddModelError(context.ModelName, text.Contains(',') || text.Contains('，')
                ? $"“{text}”不是有效的数字，小数请用小数点，例如 1.5。"
                : $"“{text}”不是有效的数字。");
            context.Result = ModelBindingResult.Failed();
        }

        return Task.CompletedTask;
    }

    public static bool TryParse(string text, out double number)
    {
        var halfWidth = string.Concat(text.Select(c => c switch
        {
            >= '０' and <= '９' => (char)(c - '０' + '0'),
            '．' => '.',
            '－' => '-',
            '，' => ',',
            '％' => '%',
            _ => c,
        })).Trim();
        if (halfWidth.EndsWith('%'))
        {
            halfWidth = halfWidth[..^1].TrimEnd();
        }

        if (Grouped().IsMatch(halfWidth))
        {
            halfWidth = halfWidth.Replace(",", "", StringComparison.Ordinal);
        }

        return double.TryParse(halfWidth, NumberStyles.Float, CultureInfo.InvariantCulture, out number)
               && double.IsFinite(number);
    }

    /// <summary>Thousands grouped by commas: 1,000 or 12,345.5, never 1,5 or 1,50.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial System.Text.RegularExpressions.Regex Grouped();
}
