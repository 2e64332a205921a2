namespace Responsibility.Api.Pages;

using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;

/// <summary>
/// Puts a refused form's errors beside its fields: the request's camelCase field names (the same the API reports)
/// become ModelState keys under the form's prefix, e.g. <c>occurredOn</c> → <c>Input.OccurredOn</c>.
/// </summary>
public static class RequestErrors
{
    /// <summary>True when <paramref name="exception"/> was a form error now in <paramref name="modelState"/>.</summary>
    public static bool AddTo(
        ModelStateDictionary modelState, Exception exception, string prefix, IReadOnlyDictionary<string, string>? renamed = null)
    {
        switch (exception)
        {
            case ValidationException validation:
                foreach (var failure in validation.Errors)
                {
                    modelState.AddModelError(Key(ProblemExceptionHandler.FieldName(failure.PropertyName), prefix, renamed), failure.ErrorMessage);
                }

                return true;
            case DomainException
            {
                Kind: ErrorKind.Invalid or ErrorKind.Conflict or ErrorKind.PreconditionFailed or ErrorKind.TooLarge
                    or ErrorKind.QuotaExceeded or ErrorKind.UnsupportedMediaType,
            } domain:
                modelState.AddModelError(domain.Field is null ? "" : Key(domain.Field, prefix, renamed), domain.Message);
                return true;
            default:
                return false;
        }
    }

    private static string Key(string field, string prefix, IReadOnlyDictionary<string, string>? renamed)
    {
        if (renamed?.TryGetValue(field, out var key) == true)
        {
            return key;
        }

        var path = string.Join('.', field.Split('.').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
        return prefix.Length == 0 ? path : $"{prefix}.{path}";
    }
}
