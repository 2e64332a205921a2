namespace Responsibility.Reports.Layouts;

using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// A task's result in the words of the seed report, in the metric's own terms: "开展执法质量检查12次（目标12次）",
/// "执法记录仪相符率达到90%以上，年末为91%，达到目标", "升级执法办案中心，已完成".
/// </summary>
internal static class TaskProse
{
    /// <summary>The title and what came of it, as one clause.</summary>
    public static string Achieved(ReportTask t, bool yearEnded) => t.Kind switch
    {
        MetricKind.Count when t.Reported => $"{t.Title}{Figures.Amount(t.Kind, t.Actual, t.UnitLabel)}（{CountTarget(t)}）",
        _ => $"{t.Title}，{Outcome(t, yearEnded)}",
    };

    /// <summary>What came of the task, for a sentence that has already named it.</summary>
    public static string Outcome(ReportTask t, bool yearEnded)
    {
        if (!t.Reported)
        {
            return t.Kind == MetricKind.Milestone ? "尚未填报进展" : $"尚未填报进展（目标{Figures.Amount(t.Kind, t.Target, t.UnitLabel)}）";
        }

        return t.Kind switch
        {
            MetricKind.Count => $"完成{Figures.Amount(t.Kind, t.Actual, t.UnitLabel)}（{CountTarget(t)}）",
            MetricKind.Rate => RateOutcome(t, yearEnded),
            _ => t.Percent >= 1 ? "已完成" : $"完成进度{Figures.Percent(t.Percent)}",
        };
    }

    /// <summary>Next year's task as planned: "开展执法质量检查，全年目标12次", "升级执法办案中心，6月底前完成".</summary>
    public static string Planned(ReportTask t) => t.Kind switch
    {
        MetricKind.Count => $"{t.Title}，全年目标{Figures.Amount(t.Kind, t.Target, t.UnitLabel)}",
        // A rate's title usually states its level already ("相符率达到90%以上").
        MetricKind.Rate when t.Title.Contains(Figures.Level(t.Target), StringComparison.Ordinal) => t.Title,
        MetricKind.Rate => $"{t.Title}，目标{Figures.Level(t.Target)}{(t.Direction == RateDirection.LowerIsBetter ? "以下" : "以上")}",
        _ => t.Due.Month == 12 && t.Due.Day == 31 ? $"{t.Title}，年内完成" : $"{t.Title}，{t.Due.Month}月底前完成",
    };

    private static string CountTarget(ReportTask t) => t.Ratio >= 1
        ? $"目标{Figures.Amount(t.Kind, t.Target, t.UnitLabel)}"
        : $"目标{Figures.Amount(t.Kind, t.Target, t.UnitLabel)}，完成{Figures.Percent(t.Ratio)}";

    private static string RateOutcome(ReportTask t, bool yearEnded)
    {
        var level = $"{(yearEnded ? "年末为" : "目前为")}{Figures.Level(t.Actual)}";
        if (t.Percent >= 1)
        {
            return $"{level}，达到目标";
        }

        var gap = Figures.Gap(t.Actual - t.Target);
        return t.Direction == RateDirection.LowerIsBetter
            ? $"{level}，高于目标（{Figures.Level(t.Target)}）{gap}"
            : $"{level}，距目标（{Figures.Level(t.Target)}）尚差{gap}";
    }
}
