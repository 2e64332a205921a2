namespace Responsibility.Bench;

using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// Deterministic Count/Rate tasks spread over the units and categories, and 3–4 progress reports each, at a pace
/// between 60 % and 120 % of the time-expected one so every status colour turns up.
/// </summary>
public static class SyntheticTasks
{
    public static TaskDraft Draft(int i, DateOnly lastMonth)
    {
        var year = lastMonth.Year;
        var unit = SyntheticOrganisation.Units[i % SyntheticOrganisation.UnitCount];
        var categoryIndex = i % SyntheticOrganisation.Categories.Length;
        var category = SyntheticOrganisation.Categories[categoryIndex];
        var isCount = i % 2 == 0;
        var metric = isCount
            ? new Metric(MetricKind.Count, 40 + (i % 5) * 20, "起", RateDirection.HigherIsBetter, [])
            : new Metric(MetricKind.Rate, 0.9, "%", RateDirection.HigherIsBetter, []);
        var indicator = (i % 20) switch
        {
            0 => $"count-{i / 20 % 6}",
            1 => $"rate-{i / 20 % 2}",
            _ => null,
        };
        return new TaskDraft(
            year, $"B{i:D4}", $"{category}任务{i}（{unit.Name}）", category, unit.Id, LeaderId: null,
            categoryIndex >= 5 ? DutyLine.Accountability : DutyLine.Business, metric, Weight: 1 + i % 3,
            new DateOnly(year, 1, 1), Due(i, lastMonth), indicator, PlannedByMonth: null);
    }

    public static IEnumerable<ProgressReport> Reports(int i, TaskDefinition task, DateOnly lastMonth)
    {
        var pace = 0.6 + new Random(i).NextDouble() * 0.6;
        var count = 3 + i % 2;
        // The last two units stay silent in the reported month (本月未填报).
        var silent = string.CompareOrdinal(task.UnitId, $"u{SyntheticOrganisation.UnitCount - 1:D2}") >= 0;
        for (var j = 1; j <= count; j++)
        {
            var month = Math.Max(1, (int)Math.Round(j * lastMonth.Month / (double)count));
            if (silent && month == lastMonth.Month)
            {
                month = Math.Max(1, month - 1);
            }

            var value = task.Metric.Kind == MetricKind.Count
                ? Math.Max(1, Math.Round(task.Metric.Target * pace * lastMonth.Month / 12 / count))
                : Math.Min(1, task.Metric.Target * pace * (0.9 + 0.1 * j / count));
            yield return new ProgressReport(
                value, Stage: null, new DateOnly(lastMonth.Year, month, 15), $"第{j}次填报：按计划推进。", Evidence: null, IdempotencyKey: null);
        }
    }

    /// <summary>One task in ten was due in June, one in ten falls due next month, the rest at the end of the year.</summary>
    private static DateOnly Due(int i, DateOnly lastMonth)
    {
        var endOfYear = new DateOnly(lastMonth.Year, 12, 31);
        return (i % 10) switch
        {
            3 => new DateOnly(lastMonth.Year, 6, 30),
            7 => Min(lastMonth.AddMonths(2).AddDays(-1), endOfYear),
            _ => endOfYear,
        };
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
