namespace Responsibility.Reports.Ledger;

using Responsibility.Grains.Abstractions.Org;

/// <summary>One line of the 整改台账 as the office reads it: names, not ids; dates as the ledger writes them.</summary>
public sealed record RectificationRow(
    string Inspection, string Problem, string Category, string Unit, string Leader, string Measures, DateOnly OriginalDue,
    DateOnly Due, int ExtensionCount, string State, bool Overdue, bool Repeat);

/// <summary>The 整改台账 as an .xlsx through the one ledger writer: one row per item, original and current due dates side by side.</summary>
public static class RectificationWorkbook
{
    public const string Sheet = "整改台账";

    public static readonly (string Column, double Width)[] Columns =
    [
        ("序号", 6), ("检查", 24), ("问题", 40), ("类别", 12), ("单位", 14), ("责任领导", 10), ("整改措施", 40), ("原定时限", 12),
        ("调整后时限", 12), ("延期次数", 8), ("状态", 12), ("是否逾期", 8), ("重复发生", 8),
    ];

    public static string FileName(BrigadeInfo brigade) => $"{brigade.Settings.Name}整改台账.xlsx";

    public static byte[] Write(IReadOnlyList<RectificationRow> rows) =>
        LedgerXlsx.Write(new LedgerSheetRows(Sheet, Columns, [.. rows.Select((r, i) => new Dictionary<string, object?>
        {
            ["序号"] = i + 1,
            ["检查"] = LedgerXlsx.Text(r.Inspection),
            ["问题"] = LedgerXlsx.Text(r.Problem),
            ["类别"] = LedgerXlsx.Text(r.Category),
            ["单位"] = LedgerXlsx.Text(r.Unit),
            ["责任领导"] = LedgerXlsx.Text(r.Leader),
            ["整改措施"] = LedgerXlsx.Text(r.Measures),
            ["原定时限"] = LedgerNotation.Date(r.OriginalDue),
            ["调整后时限"] = LedgerNotation.Date(r.Due),
            ["延期次数"] = r.ExtensionCount,
            ["状态"] = r.State,
            ["是否逾期"] = r.Overdue ? "是" : "否",
            ["重复发生"] = r.Repeat ? "是" : "否",
        })]));
}
