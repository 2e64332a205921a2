namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Responsibility.Api.Common;
using Responsibility.Api.Progress;
using Responsibility.Api.Tasks;
using Responsibility.Grains.Abstractions;

/// <summary>
/// Sends one <see cref="ReportInput"/> from a page (the task page, a row of the month's report page). A refusal lands
/// beside the form's fields under <c>{prefix}.Value</c> and the like; a figure the task wants confirmed marks the input,
/// so the page offers 请确认 and resends it with the same key.
/// </summary>
public static class PageReports
{
    public const string SpentKey = "这份表单已经提交过，但内容与当时不同。如确需再填报一次，请再次提交。";

    /// <summary>
    /// A count that this entry takes past the year's target: people mostly mistype, so the page asks before sending
    /// (the task itself asks only of one entry above twice the target, SPEC §6).
    /// </summary>
    public static string? PastTarget(ReportInput input, TaskResponse task)
    {
        var metric = task.Metric;
        // An entry above twice the target the task refuses in its own words.
        if (input.Confirmed || metric.Kind != Grains.Abstractions.Tasks.MetricKind.Count || input.Value is not { } value || value > 2 * metric.Target)
        {
            return null;
        }

        var total = task.Progress.Actual + value;
        return total > metric.Target
            ? $"本次填报后累计 {Display.Figure(metric, total)}，超过年度目标 {Display.Target(metric)}，请核实无误后点“请确认”。"
            : null;
    }

    public static async Task<EntryWithTask?> Send(
        ISender sender, ReportInput input, TaskResponse task, DateOnly? occurredOn, ModelStateDictionary modelState, string prefix)
    {
        var valueKey = $"{prefix}.{nameof(ReportInput.Value)}";
        if (input.Problem(task.Metric) is var (field, message))
        {
            modelState.AddModelError($"{prefix}.{field}", message);
            return null;
        }

        if (PastTarget(input, task) is { } question)
        {
            input.AwaitsConfirmation = true;
            modelState.AddModelError(valueKey, question);
            return null;
        }

        try
        {
            return await sender.Send(input.ToRequest(task, occurredOn));
        }
        catch (DomainException e) when (e.Code == DomainException.Codes.ConfirmationRequired)
        {
            input.AwaitsConfirmation = true;
            modelState.AddModelError(valueKey, e.Message);
        }
        catch (DomainException e) when (e.Kind == ErrorKind.Unprocessable)
        {
            // The key went with another body (sent, changed after going back, sent again): a fresh one lets the
            // person send the new figures on purpose instead of being stuck on a spent form.
            input.IdempotencyKey = ReportInput.NewKey();
            modelState.AddModelError(valueKey, SpentKey);
        }
        catch (ThrottledException e)
        {
            modelState.AddModelError(valueKey, e.Message);
        }
        catch (Exception e) when (RequestErrors.AddTo(modelState, e, prefix))
        {
        }

        return null;
    }
}
