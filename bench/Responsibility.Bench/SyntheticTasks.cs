namespace Responsibility.Bench;

using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// Deterministic Count/Rate tasks spread over the units and eight categories, and a history of 3–4 entries each up to
/// last month, at 60–120 % of the expected pace so every status colour turns up.
/// </summary>
public static class SyntheticTasks
{
    public static readonly string[] Categories =
        ["道路交通安全整治", "酒驾醉驾查处", "事故预防", "交通秩序管理", "车驾管服务", "法治建设", "党风廉政建设", "队伍建设"];

    public static bool IsCount(int i) => i % 2 == 0;

    public static double Target(int i) => IsCount(i) ? 40 + i % 5 * 20 : 0.9;

    /// <summary>The body of <c>POST /brigades/{b}/tasks</c> for task <paramref name="i"/> of unit <paramref name="unitId"/>.</summary>
    public static object Body(int i, string unitId, int year, string code)
    {
        var category = i % Categories.Length;
        return new
        {
            year,
            code,
            title = $"{Categories[category]}任务{i}（{unitId}）",
            category = Categories[category],
            unitId,
            dutyLine = category >= 5 ? nameof(DutyLine.Accountability) : nameof(DutyLine.Business),
            metric = new { kind = IsCount(i) ? nameof(MetricKind.Count) : nameof(MetricKind.Rate), target = Target(i), unitLabel = IsCount(i) ? "起" : "%" },
            weight = 1 + i % 3,
            start = new DateOnly(year, 1, 1),
            due = Due(i, year),
            indicatorCode = (i % 20) switch { 0 => $"count-{i / 20 % 6}", 1 => $"rate-{i / 20 % 2}", _ => null },
        };
    }

    /// <summary>The same task as a grain draft, for brigades seeded in-process.</summary>
    public static TaskDraft Draft(int i, string unitId, int year, string code)
    {
        var category = i % Categories.Length;
        var metric = IsCount(i)
            ? new Metric(MetricKind.Count, Target(i), "起", RateDirection.HigherIsBetter, [])
            : new Metric(MetricKind.Rate, Target(i), "%", RateDirection.HigherIsBetter, []);
        return new TaskDraft(
            year, code, $"{Categories[category]}任务{i}（{unitId}）", Categories[category], unitId, LeaderId: null,
            category >= 5 ? DutyLine.Accountability : DutyLine.Business, metric, Weight: 1 + i % 3,
            new DateOnly(year, 1, 1), Due(i, year), IndicatorCode: null, PlannedByMonth: null);
    }

    /// <summary>A report of the current month: one more of a count, a level for a rate.</summary>
    public static double Value(int i) => IsCount(i) ? 1 : 0.86;

    /// <summary>Task <paramref name="i"/>'s earlier reports, dated in the months before <paramref name="today"/>.</summary>
    public static IEnumerable<ProgressReport> History(int i, DateOnly today)
    {
        var months = Math.Max(1, today.Month - 1);
        var pace = 0.6 + new Random(i).NextDouble() * 0.6;
        var count = 3 + i % 2;
        for (var j = 1; j <= count; j++)
        {
            var month = Math.Max(1, (int)Math.Round(j * months / (double)count));
            var day = new DateOnly(today.Year, month, Math.Min(15, today.Month == month ? today.Day : 15));
            var value = IsCount(i)
                ? Math.Max(1, Math.Round(Target(i) * pace * months / 12 / count))
                : Math.Min(1, Target(i) * pace * (0.9 + 0.1 * j / count));
            yield return new ProgressReport(value, Stage: null, day, $"第{j}次填报：按计划推进。", Evidence: null, IdempotencyKey: null);
        }
    }

    /// <summary>One task in ten was due in June, one in ten falls due next month, the rest at the end of the year.</summary>
    private static DateOnly Due(int i, int year) => (i % 10) switch
    {
        3 => new DateOnly(year, 6, 30),
        7 => Min(DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1), new DateOnly(year, 12, 31)),
        _ => new DateOnly(year, 12, 31),
    };

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
