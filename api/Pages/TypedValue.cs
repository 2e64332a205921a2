namespace Responsibility.Api.Pages;

using Microsoft.AspNetCore.Mvc.ModelBinding;

/// <summary>
/// A figure shown again in its field: what the person typed when it was refused ("1,5" did not bind, so it has no
/// value to show), else the value in the pages' invariant number form.
/// </summary>
public static class TypedValue
{
    public static string? Of(ModelStateDictionary modelState, string key, double? value) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.AttemptedValue
        : value is double v ? Display.Number(v) : null;
}
