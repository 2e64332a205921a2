namespace Responsibility.Api.Tasks;

using System.ComponentModel.DataAnnotations;
using Responsibility.Grains.Abstractions.Tasks;

public sealed record MetricBody(
    [property: Required] MetricKind? Kind, double? Target, string? UnitLabel, RateDirection? Direction, StageBody[]? Stages, bool? Fractional = null)
{
    /// <summary>The metric a validated body describes: a Milestone's target is 1, one stage 完成 when none is named.</summary>
    public Metric ToMetric()
    {
        var stages = Kind == MetricKind.Milestone
            ? Stages is { Length: > 0 } s ? s.Select(x => new MilestoneStage(x.Name!, x.Weight!.Value)).ToArray() : [new("完成", 1)]
            : [];
        return new Metric(Kind!.Value, Kind == MetricKind.Milestone ? 1 : Target!.Value, UnitLabel ?? "",
            Direction ?? RateDirection.HigherIsBetter, stages, Kind == MetricKind.Count && Fractional == true);
    }
}

public sealed record StageBody(string? Name, double? Weight);
