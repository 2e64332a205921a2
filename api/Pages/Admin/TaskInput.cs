namespace Responsibility.Api.Pages.Admin;

using Responsibility.Api.Tasks;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>The new-task form; milestone stages are entered one per line and weighted equally.</summary>
public sealed class TaskInput
{
    /// <summary>The request's field names (<c>metric.target</c>) as this form's keys.</summary>
    public static readonly Dictionary<string, string> Renamed = new()
    {
        ["metric"] = "Input.Kind",
        ["metric.kind"] = "Input.Kind",
        ["metric.target"] = "Input.Target",
        ["metric.unitLabel"] = "Input.UnitLabel",
        ["metric.direction"] = "Input.Direction",
        ["metric.stages"] = "Input.Stages",
    };

    public int? Year { get; set; }

    public string? Code { get; set; }

    public string? Title { get; set; }

    public string? Category { get; set; }

    public string? UnitId { get; set; }

    public string? LeaderId { get; set; }

    public DutyLine? DutyLine { get; set; }

    public MetricKind? Kind { get; set; }

    public double? Target { get; set; }

    public string? UnitLabel { get; set; }

    public RateDirection? Direction { get; set; }

    public string? Stages { get; set; }

    public double? Weight { get; set; }

    public DateOnly? Start { get; set; }

    public DateOnly? Due { get; set; }

    public string? IndicatorCode { get; set; }

    public CreateTask ToRequest(string brigadeId)
    {
        var names = (Stages ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var stages = Kind == MetricKind.Milestone && names.Length > 0
            ? names.Select(n => new StageBody(n, 1.0 / names.Length)).ToArray()
            : null;
        var metric = new MetricBody(Kind, Kind == MetricKind.Milestone ? null : Target, Trim(UnitLabel), Direction, stages);
        return new CreateTask(
            Year, Trim(Code), Trim(Title), Trim(Category), Trim(UnitId), Trim(LeaderId), DutyLine, metric, Weight, Start, Due,
            Trim(IndicatorCode), null) { BrigadeId = brigadeId };
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
