namespace Responsibility.Reports.Ledger;

using Responsibility.Reports.Layouts;

/// <summary>
/// The 考核评分表 as an .xlsx through the one ledger writer: one row per subject and 考核项目, then the subject's 合计 row
/// with its rank and 档次; a second sheet ranks the subjects.
/// </summary>
public static class AppraisalWorkbook
{
    public const string Sheet = "考核评分表";

    public const string RankingSheet = "排名";

    public static readonly (string Column, double Width)[] Columns =
    [
        ("考核对象", 14), ("考核项目", 16), ("考核内容", 24), ("分值", 8), ("评分标准", 36), ("自动得分", 10), ("自评分", 10),
        ("考核组评分", 10), ("调整", 8), ("得分", 8), ("加减分说明", 40),
    ];

    public static readonly (string Column, double Width)[] RankingColumns =
        [("名次", 8), ("考核对象", 16), ("总分", 10), ("档次", 10)];

    public static string FileName(AppraisalSheetContent sheet) => $"{sheet.Title}.xlsx";

    public static byte[] Write(AppraisalSheetContent sheet)
    {
        var rows = new List<Dictionary<string, object?>>();
        foreach (var part in sheet.Parts)
        {
            rows.AddRange(part.Lines.Select(l => new Dictionary<string, object?>
            {
                ["考核对象"] = LedgerXlsx.Text(part.Subject),
                ["考核项目"] = LedgerXlsx.Text(l.Group),
                ["考核内容"] = LedgerXlsx.Text(l.Item),
                ["分值"] = l.MaxPoints,
                ["评分标准"] = LedgerXlsx.Text(l.Standard),
                ["自动得分"] = l.Auto,
                ["自评分"] = l.Self,
                ["考核组评分"] = l.Review,
                ["调整"] = l.Adjusted,
                ["得分"] = l.Points,
                ["加减分说明"] = LedgerXlsx.Text(l.Explanation),
            }));
            var total = Columns.ToDictionary(c => c.Column, _ => (object?)null);
            total["考核对象"] = LedgerXlsx.Text(part.Subject);
            total["考核项目"] = "合计";
            total["得分"] = part.Total;
            total["加减分说明"] = $"第{part.Rank}名，{part.Grade}";
            rows.Add(total);
        }

        var ranking = sheet.Parts.Select(p => new Dictionary<string, object?>
        {
            ["名次"] = p.Rank,
            ["考核对象"] = LedgerXlsx.Text(p.Subject),
            ["总分"] = p.Total,
            ["档次"] = p.Grade,
        }).ToList();
        return LedgerXlsx.Write(new LedgerSheetRows(Sheet, Columns, rows), new LedgerSheetRows(RankingSheet, RankingColumns, ranking));
    }
}
