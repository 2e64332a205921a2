namespace Responsibility.Reports.Ledger;

using Responsibility.Grains.Abstractions.Ledger;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Reports.Layouts;

/// <summary>
/// Writes a year's 台账 (<see cref="LedgerXlsx"/>): one sheet, both duty lines in a column, each task's status in its
/// colour.
/// </summary>
public static class LedgerWorkbook
{
    public static string SheetName(int year) => $"{year}年度任务台账";

    public static string FileName(BrigadeInfo brigade, int year) => $"{brigade.Settings.Name}{year}年度任务台账.xlsx";

    public static byte[] Write(BrigadeInfo brigade, int year, IReadOnlyList<LedgerLine> lines)
    {
        var sheet = new LedgerSheetRows(
            SheetName(year), [.. LedgerColumns.All.Select(c => (c, Widths[c]))], [.. lines.Select(line => Row(brigade, line))]);
        return LedgerColours.Paint(
            LedgerXlsx.Write(sheet), LedgerColumns.All.ToList().IndexOf(LedgerColumns.Status), lines.Select(l => l.Task.Progress.Status).ToList());
    }

    private static Dictionary<string, object?> Row(BrigadeInfo brigade, LedgerLine line)
    {
        var (d, p) = (line.Task.Definition, line.Task.Progress);
        return new Dictionary<string, object?>
        {
            [LedgerColumns.Code] = Text(d.Code),
            [LedgerColumns.Title] = Text(d.Title),
            [LedgerColumns.DutyLine] = TaskText.DutyLineName(d.DutyLine),
            [LedgerColumns.Unit] = Text(Array.Find(brigade.Units, u => u.Id == d.UnitId)?.Name ?? d.UnitId),
            [LedgerColumns.Leader] = Text(Array.Find(brigade.Leaders, l => l.Id == d.LeaderId)?.Name ?? d.LeaderId),
            [LedgerColumns.Category] = Text(d.Category),
            [LedgerColumns.Kind] = TaskText.MetricKindName(d.Metric.Kind),
            [LedgerColumns.Target] = LedgerNotation.Target(d.Metric),
            [LedgerColumns.UnitLabel] = Text(d.Metric.UnitLabel),
            [LedgerColumns.Actual] = d.Metric.Kind == MetricKind.Milestone ? null : TaskText.Figure(d.Metric, p.Actual),
            [LedgerColumns.Percent] = ChineseNumbers.Percent(p.Percent),
            [LedgerColumns.Expected] = ChineseNumbers.Percent(p.Expected),
            [LedgerColumns.Status] = Figures.Status(p.Status),
            [LedgerColumns.LatestNote] = line.LatestNote is { } note ? Text(note) : null,
            [LedgerColumns.Year] = d.Year,
            [LedgerColumns.Stages] = Text(LedgerNotation.Stages(d.Metric)),
            [LedgerColumns.Weight] = d.Weight,
            [LedgerColumns.Start] = LedgerNotation.Date(d.Start),
            [LedgerColumns.Due] = LedgerNotation.Date(d.Due),
            [LedgerColumns.Indicator] = d.IndicatorCode,
            [LedgerColumns.Plan] = LedgerNotation.Plan(d.PlannedByMonth),
            [LedgerColumns.OriginalDue] = LedgerNotation.Date(d.OriginalDue ?? d.Due),
            [LedgerColumns.CurrentDue] = d.ExtensionCount > 0 ? LedgerNotation.Date(d.Due) : null,
            [LedgerColumns.Extensions] = d.ExtensionCount,
            [LedgerColumns.Source] = d.Source is null ? null : "支队交办",
        };
    }

    private static string Text(string text) => LedgerXlsx.Text(text);

    private static readonly Dictionary<string, double> Widths = new()
    {
        [LedgerColumns.Code] = 10, [LedgerColumns.Title] = 36, [LedgerColumns.DutyLine] = 16, [LedgerColumns.Unit] = 14,
        [LedgerColumns.Leader] = 10, [LedgerColumns.Category] = 12, [LedgerColumns.Kind] = 9, [LedgerColumns.Target] = 10,
        [LedgerColumns.UnitLabel] = 9, [LedgerColumns.Actual] = 10, [LedgerColumns.Percent] = 9, [LedgerColumns.Expected] = 9,
        [LedgerColumns.Status] = 8, [LedgerColumns.LatestNote] = 48, [LedgerColumns.Year] = 7, [LedgerColumns.Stages] = 30,
        [LedgerColumns.Weight] = 7, [LedgerColumns.Start] = 12, [LedgerColumns.Due] = 12, [LedgerColumns.Indicator] = 14,
        [LedgerColumns.Plan] = 40, [LedgerColumns.OriginalDue] = 12, [LedgerColumns.CurrentDue] = 12, [LedgerColumns.Extensions] = 9,
        [LedgerColumns.Source] = 10,
    };
}
