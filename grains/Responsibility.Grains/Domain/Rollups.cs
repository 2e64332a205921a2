namespace Responsibility.Grains.Domain;

using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>Weighted rollups over any set of tasks: Σwᵢ·percentᵢ / Σwᵢ and the same for expected.</summary>
public static class Rollups
{
    /// <summary>The rollup of <paramref name="tasks"/>, listing at most <paramref name="laggingShown"/> lagging tasks (default: all).</summary>
    public static Rollup Summarize(IEnumerable<JudgedTask> tasks, int laggingShown = int.MaxValue)
    {
        var list = tasks as IReadOnlyCollection<JudgedTask> ?? tasks.ToList();
        var totalWeight = list.Sum(t => t.Definition.Weight);
        var percent = totalWeight > 0 ? list.Sum(t => t.Definition.Weight * t.Progress.Percent) / totalWeight : 0;
        var expected = totalWeight > 0 ? list.Sum(t => t.Definition.Weight * t.Progress.Expected) / totalWeight : 0;
        var lagging = list
            .Where(t => t.Progress.Status is ProgressStatus.Yellow or ProgressStatus.Red)
            .OrderByDescending(t => t.Progress.Lag)
            .ThenBy(t => t.Definition.Code, StringComparer.Ordinal)
            .Take(laggingShown)
            .Select(ToLagging)
            .ToArray();
        return new Rollup(percent, expected, expected - percent, list.Count, Count(list), lagging);
    }

    private static StatusCounts Count(IReadOnlyCollection<JudgedTask> tasks) => new(
        Done: tasks.Count(t => t.Progress.Status == ProgressStatus.Done),
        Green: tasks.Count(t => t.Progress.Status == ProgressStatus.Green),
        Yellow: tasks.Count(t => t.Progress.Status == ProgressStatus.Yellow),
        Red: tasks.Count(t => t.Progress.Status == ProgressStatus.Red),
        NotStarted: tasks.Count(t => t.Progress.Status == ProgressStatus.NotStarted),
        DueSoon: tasks.Count(t => t.Progress.DueSoon));

    internal static LaggingTask ToLagging(JudgedTask t) => new(
        t.Definition.Id,
        t.Definition.Code,
        t.Definition.Title,
        t.Definition.UnitId,
        t.Definition.LeaderId,
        t.Progress.Percent,
        t.Progress.Expected,
        t.Progress.Lag,
        t.Progress.Status,
        t.Measure.LatestNote);
}
