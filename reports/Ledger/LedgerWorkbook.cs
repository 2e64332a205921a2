namespace Responsibility.Reports.Ledger;

using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using Responsibility.Grains.Abstractions.Ledger;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Reports.Layouts;
using Responsibility.Reports.Rendering;

/// <summary>
/// Writes a year's 台账 as the .xlsx offices exchange: one sheet, Chinese headers, both duty lines in a column, each
/// task's status in its colour. Every text cell is written as text, so a title like <c>=HYPERLINK(…)</c> stays words.
/// </summary>
public static class LedgerWorkbook
{
    public static string SheetName(int year) => $"{year}年度任务台账";

    public static string FileName(BrigadeInfo brigade, int year) => $"{brigade.Settings.Name}{year}年度任务台账.xlsx";

    public static byte[] Write(BrigadeInfo brigade, int year, IReadOnlyList<LedgerLine> lines)
    {
        var rows = lines.Select(line => Row(brigade, line)).ToList();
        if (rows.Count == 0)
        {
            // MiniExcel writes the header from the first row: an empty year still gets its columns.
            rows.Add(LedgerColumns.All.ToDictionary(c => c, _ => (object?)null));
        }

        using var sheet = new MemoryStream();
        sheet.SaveAs(rows, sheetName: SheetName(year), excelType: ExcelType.XLSX, configuration: new OpenXmlConfiguration
        {
            DynamicColumns = [.. Widths.Select(w => new DynamicExcelColumn(w.Key) { Width = w.Value })],
            EnableConvertByteArray = false,
        });
        return LedgerColours.Paint(sheet.ToArray(), LedgerColumns.All.ToList().IndexOf(LedgerColumns.Status), lines.Select(l => l.Task.Progress.Status).ToList());
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
        };
    }

    /// <summary>Stored text passes the cleaning every document gets, so no character can make the sheet unreadable.</summary>
    private static string Text(string text) => SafeText.Clean(text);

    private static readonly Dictionary<string, double> Widths = new()
    {
        [LedgerColumns.Code] = 10, [LedgerColumns.Title] = 36, [LedgerColumns.DutyLine] = 16, [LedgerColumns.Unit] = 14,
        [LedgerColumns.Leader] = 10, [LedgerColumns.Category] = 12, [LedgerColumns.Kind] = 9, [LedgerColumns.Target] = 10,
        [LedgerColumns.UnitLabel] = 9, [LedgerColumns.Actual] = 10, [LedgerColumns.Percent] = 9, [LedgerColumns.Expected] = 9,
        [LedgerColumns.Status] = 8, [LedgerColumns.LatestNote] = 48, [LedgerColumns.Year] = 7, [LedgerColumns.Stages] = 30,
        [LedgerColumns.Weight] = 7, [LedgerColumns.Start] = 12, [LedgerColumns.Due] = 12, [LedgerColumns.Indicator] = 14,
        [LedgerColumns.Plan] = 40,
    };
}
