namespace Responsibility.Api.Pages;

using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

/// <summary>
/// Numbers typed into the pages, read the same whatever the server's culture: "1.5" and "１.５" are 1.5; "1,5" is an
/// error, never 15 (a thousands separator would silently multiply a figure).
/// </summary>
public sealed class NumberBinder : IModelBinder
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
            _ => c,
        }));
        return double.TryParse(halfWidth, NumberStyles.Float, CultureInfo.InvariantCulture, out number)
               && double.IsFinite(number);
    }
}
