namespace Responsibility.Reports.Ledger;

using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Reports.Layouts;

/// <summary>
/// The 汇总台账 through the one ledger writer (<see cref="LedgerXlsx"/>): a summary sheet of the brigades' figures as the
/// dashboard ranks them, then one sheet per brigade with its tasks of the year (named after the brigade, made valid).
/// </summary>
public static class DetachmentWorkbook
{
    public const string SummarySheet = "汇总";

    public static readonly (string Column, double Width)[] SummaryColumns =
    [
        ("名次", 6), ("大队", 16), ("完成率", 9), ("序时进度", 9), ("任务数", 8), ("红灯", 6), ("黄灯", 6), ("绿灯", 6), ("已完成", 8),
        ("未开始", 8), ("未填报单位", 10), ("逾期督办", 9), ("逾期整改", 9), ("延期", 6), ("考核得分", 9),
    ];

    public static readonly (string Column, double Width)[] TaskColumns =
    [
        (LedgerColumns.Code, 10), (LedgerColumns.Title, 36), (LedgerColumns.Unit, 14), (LedgerColumns.Leader, 10),
        (LedgerColumns.Target, 10), (LedgerColumns.UnitLabel, 9), (LedgerColumns.Percent, 9), (LedgerColumns.Expected, 9),
        (LedgerColumns.Status, 8), (LedgerColumns.Due, 12),
    ];

    /// <summary>One brigade's organisation (to name units and leaders) and its tasks of the year.</summary>
    public sealed record BrigadeTasks(BrigadeInfo Brigade, TaskView[] Tasks);

    public static string FileName(string detachmentName, int year) => $"{detachmentName}{year}年度汇总台账.xlsx";

    /// <summary>The sheet of each brigade, in the dashboard's order, after the summary.</summary>
    public static string[] BrigadeSheetNames(IEnumerable<string> brigadeNames) => SheetNames.Unique(brigadeNames, SummarySheet);

    public static byte[] Write(DetachmentDashboard dashboard, IReadOnlyList<BrigadeTasks> brigades)
    {
        var summary = dashboard.Brigades.Select(b => new Dictionary<string, object?>
        {
            ["名次"] = b.Rank,
            ["大队"] = LedgerXlsx.Text(b.Name),
            ["完成率"] = ChineseNumbers.Percent(b.Percent),
            ["序时进度"] = ChineseNumbers.Percent(b.Expected),
            ["任务数"] = b.TaskCount,
            ["红灯"] = b.Counts.Red,
            ["黄灯"] = b.Counts.Yellow,
            ["绿灯"] = b.Counts.Green,
            ["已完成"] = b.Counts.Done,
            ["未开始"] = b.Counts.NotStarted,
            ["未填报单位"] = b.UnreportedUnits,
            ["逾期督办"] = b.OverdueInstructions,
            ["逾期整改"] = b.OverdueRectifications,
            ["延期"] = b.Extensions,
            ["考核得分"] = b.Score,
        }).ToList();
        var names = BrigadeSheetNames(brigades.Select(b => b.Brigade.Settings.Name));
        var sheets = brigades.Select((b, i) => new LedgerSheetRows(
            names[i], TaskColumns, [.. b.Tasks.OrderBy(t => t.Definition.Code, StringComparer.Ordinal).Select(t => Row(b.Brigade, t))]));
        return LedgerXlsx.Write([new LedgerSheetRows(SummarySheet, SummaryColumns, summary), .. sheets]);
    }

    private static Dictionary<string, object?> Row(BrigadeInfo brigade, TaskView task)
    {
        var (d, p) = (task.Definition, task.Progress);
        return new Dictionary<string, object?>
        {
            [LedgerColumns.Code] = LedgerXlsx.Text(d.Code),
            [LedgerColumns.Title] = LedgerXlsx.Text(d.Title),
            [LedgerColumns.Unit] = LedgerXlsx.Text(Array.Find(brigade.Units, u => u.Id == d.UnitId)?.Name ?? d.UnitId),
            [LedgerColumns.Leader] = LedgerXlsx.Text(Array.Find(brigade.Leaders, l => l.Id == d.LeaderId)?.Name ?? d.LeaderId),
            [LedgerColumns.Target] = LedgerNotation.Target(d.Metric),
            [LedgerColumns.UnitLabel] = LedgerXlsx.Text(d.Metric.UnitLabel),
            [LedgerColumns.Percent] = ChineseNumbers.Percent(p.Percent),
            [LedgerColumns.Expected] = ChineseNumbers.Percent(p.Expected),
            [LedgerColumns.Status] = Figures.Status(p.Status),
            [LedgerColumns.Due] = LedgerNotation.Date(d.Due),
        };
    }
}
