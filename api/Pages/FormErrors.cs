namespace Responsibility.Api.Pages;

using Microsoft.AspNetCore.Mvc.ModelBinding;

/// <summary>
/// A refusal names a request field the form may not show (a stage's name inside <c>metric.stages</c>, the hidden
/// year): such an error moves to the form's summary, so nothing is refused without a word beside it.
/// </summary>
public static class FormErrors
{
    public static void ShowUnplaced(ModelStateDictionary modelState, IReadOnlySet<string> shown)
    {
        var unplaced = modelState
            .Where(e => e.Key.Length > 0 && !shown.Contains(e.Key) && e.Value is { Errors.Count: > 0 })
            .Select(e => e.Value!)
            .ToArray();
        foreach (var entry in unplaced)
        {
            foreach (var error in entry.Errors.ToArray())
            {
                modelState.AddModelError("", error.ErrorMessage);
            }

            entry.Errors.Clear();
        }
    }
}
