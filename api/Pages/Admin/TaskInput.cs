namespace Responsibility.Api.Pages.Admin;

using Responsibility.Api.Tasks;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// The new-task form; milestone stages are entered one per line and weighted equally, a Rate's target as a
/// percentage (90 for 90%).
/// </summary>
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
        ["metric.fractional"] = "Input.Fractional",
    };

    /// <summary>The keys the form shows an error beside: every field but the hidden year.</summary>
    public static readonly IReadOnlySet<string> Shown = typeof(TaskInput).GetProperties()
        .Where(p => p.Name != nameof(Year)).Select(p => $"Input.{p.Name}").ToHashSet();

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

    /// <summary>允许小数: a Count whose entries may be fractional (1.5 期).</summary>
    public bool Fractional { get; set; }

    public string? Stages { get; set; }

    public double? Weight { get; set; }

    public DateOnly? Start { get; set; }

    public DateOnly? Due { get; set; }

    public string? IndicatorCode { get; set; }

    /// <summary>What the form can say before asking: a Rate's target is a percentage, not the API's fraction.</summary>
    public string? TargetProblem() =>
        Kind == MetricKind.Rate && Target is not null && !PercentInput.IsTarget(Target) ? PercentInput.TargetRange : null;

    public CreateTask ToRequest(string brigadeId)
    {
        var names = (Stages ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var stages = Kind == MetricKind.Milestone && names.Length > 0
            ? names.Select(n => new StageBody(n, 1.0 / names.Length)).ToArray()
            : null;
        var target = Kind switch
        {
            MetricKind.Milestone => null,
            MetricKind.Rate => PercentInput.ToFraction(Target),
            _ => Target,
        };
        var metric = new MetricBody(Kind, target, Trim(UnitLabel), Direction, stages, Kind == MetricKind.Count && Fractional);
        return new CreateTask(
            Year, Trim(Code), Trim(Title), Trim(Category), Trim(UnitId), Trim(LeaderId), DutyLine, metric, Weight, Start, Due,
            Trim(IndicatorCode), null) { BrigadeId = brigadeId };
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
