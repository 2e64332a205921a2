namespace Responsibility.Api.Pages;

using Microsoft.AspNetCore.Mvc.ModelBinding;
using Responsibility.Api.Common;
using Responsibility.Reports.Rendering;

/// <summary>The pages' counterpart of <see cref="CleanTextConverter"/>: form and query text is cleaned as it is bound.</summary>
public sealed class CleanTextBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var value = context.ValueProvider.GetValue(context.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        context.ModelState.SetModelValue(context.ModelName, value);
        var text = value.FirstValue;
        var empty = string.IsNullOrWhiteSpace(text) && context.ModelMetadata.ConvertEmptyStringToNull;
        context.Result = ModelBindingResult.Success(empty || text is null ? null : SafeText.Clean(text));
        return Task.CompletedTask;
    }
}

