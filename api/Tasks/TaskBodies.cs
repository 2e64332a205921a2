namespace Responsibility.Api.Tasks;

using Responsibility.Grains.Abstractions.Tasks;

public sealed record MetricBody(
    MetricKind? Kind, double? Target, string? UnitLabel, RateDirection? Direction, StageBody[]? Stages, bool? Fractional = null);

public sealed record StageBody(string? Name, double? Weight);
