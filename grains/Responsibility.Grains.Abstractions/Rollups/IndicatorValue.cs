namespace Responsibility.Grains.Abstractions.Rollups;

using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// A brigade-wide figure from tasks sharing an indicator code: the sum of Count actuals and targets,
/// or the mean of the reported Rate values (and of their targets).
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.IndicatorValue")]
public sealed record IndicatorValue(string Code, MetricKind Kind, double Actual, double Target, int TaskCount);
