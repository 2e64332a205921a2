namespace Responsibility.Api.Pages;

using Microsoft.AspNetCore.Mvc.ModelBinding;

/// <summary>How the pages bind what people type: text through <see cref="CleanTextBinder"/>, numbers through <see cref="NumberBinder"/>.</summary>
public sealed class FormBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(string) ? new CleanTextBinder()
        : context.Metadata.UnderlyingOrModelType == typeof(double) ? new NumberBinder()
        : null;
}
