namespace Responsibility.Grains.Domain;

using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// Brigade figures from tasks sharing an indicator code: Count sums the units' actuals and targets;
/// Rate takes the mean of the units' latest reported values (units yet to report are left out).
/// </summary>
public static class Indicators
{
    public static IndicatorValue[] Compute(IEnumerable<JudgedTask> tasks) => tasks
        .Where(t => !string.IsNullOrEmpty(t.Definition.IndicatorCode) && t.Definition.Metric.Kind != MetricKind.Milestone)
        .GroupBy(t => t.Definition.IndicatorCode!, StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(Compute)
        .ToArray();

    private static IndicatorValue Compute(IGrouping<string, JudgedTask> group)
    {
        var kind = group.First().Definition.Metric.Kind;
        var members = group.Where(t => t.Definition.Metric.Kind == kind).ToList();
        if (kind == MetricKind.Count)
        {
            return new IndicatorValue(
                group.Key, kind, Limits.Finite(members.Sum(t => t.Measure.Actual)), Limits.Finite(members.Sum(t => t.Definition.Metric.Target)),
                members.Count);
        }

        var reported = members.Where(t => t.Measure.HasValue).ToList();
        var actual = reported.Count > 0 ? reported.Average(t => t.Measure.Actual) : 0;
        return new IndicatorValue(group.Key, kind, actual, Limits.Finite(members.Average(t => t.Definition.Metric.Target)), members.Count);
    }
}
