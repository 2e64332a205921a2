namespace Responsibility.Api.Tasks;

using System.ComponentModel.DataAnnotations;
using Responsibility.Grains.Abstractions.Tasks;

public sealed record MetricBody(
    [property: Required] MetricKind? Kind, double? Target, string? UnitLabel, RateDirection? Direction, StageBody[]? Stages, bool? Fractional = null);

public sealed record StageBody(string? Name, double? Weight);
