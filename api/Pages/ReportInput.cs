namespace Responsibility.Api.Pages;

using Microsoft.AspNetCore.Mvc.ModelBinding;
using Responsibility.Api.Progress;
using Responsibility.Api.Tasks;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// One 进度填报 as typed on a page: on the task page, or one row of the month's report page. The key is minted when the
/// form is rendered, so a resent form counts once. A Rate is typed as a percentage (87) and sent as a fraction (0.87).
/// </summary>
public sealed class ReportInput
{
    /// <summary>The row's task on the month's report page (the task page takes it from its route).</summary>
    public string? TaskId { get; set; }

    public double? Value { get; set; }

    public int? Stage { get; set; }

    public DateOnly? OccurredOn { get; set; }

    public string? Note { get; set; }

    public string? IdempotencyKey { get; set; }

    /// <summary>Files uploaded with an earlier submission of this form that was refused: sent again without uploading again.</summary>
    public string[] AttachmentIds { get; set; } = [];

    /// <summary>Set by the 请确认 button after the task asked to confirm an unusually large figure.</summary>
    public bool Confirmed { get; set; }

    /// <summary>The task refused the figure until it is confirmed: the page offers 请确认.</summary>
    [BindNever]
    public bool AwaitsConfirmation { get; set; }

    public bool IsFilled => Value is not null || Stage is not null;

    public static string NewKey() => Guid.NewGuid().ToString("N");

    /// <summary>The milestone stages no accepted entry has marked done yet, in order: the next one first.</summary>
    public static IEnumerable<int> OpenStages(Metric metric, IReadOnlyCollection<EntryResponse> entries) =>
        Enumerable.Range(0, metric.Stages.Length).Where(s => !entries.Any(e => !e.Returned && e.Stage == s));

    /// <summary>What the page can say before asking the task: the missing figure, a percentage out of range.</summary>
    public (string Field, string Message)? Problem(Metric metric) => metric.Kind switch
    {
        MetricKind.Milestone when Stage is null => (nameof(Stage), "请选择完成的节点。"),
        not MetricKind.Milestone when Value is null => (nameof(Value), "请填写数值。"),
        _ when Display.IsPercent(metric) && !PercentInput.IsLevel(Value) => (nameof(Value), PercentInput.LevelRange),
        _ => null,
    };

    public ReportProgress ToRequest(TaskResponse task, DateOnly? occurredOn)
    {
        var milestone = task.Metric.Kind == MetricKind.Milestone;
        var value = milestone ? null : Display.IsPercent(task.Metric) ? PercentInput.ToFraction(Value) : Value;
        return new ReportProgress(
            value, milestone ? Stage : null, occurredOn, Note, null, Confirmed ? true : null, AttachmentIds.Length > 0 ? AttachmentIds : null)
        {
            TaskId = task.Id,
            IdempotencyKey = IdempotencyKey,
        };
    }
}
