namespace Responsibility.Reports.Layouts;

using Responsibility.Grains.Abstractions.Text;
using Responsibility.Reports.Document;

/// <summary>
/// Lays out a 考核评分表 in the reports' 公文 frame: a ranking of the period's subjects first (名次, 总分, 档次), then each
/// subject under its own heading with the table the office prints (考核项目, 分值, 评分标准, 自评分, 考核组评分, 加减分说明,
/// 得分) and its 合计 row. An unlocked period says its figures may still change.
/// </summary>
public static class AppraisalSheetLayout
{
    public static ReportDocument Build(AppraisalSheetContent sheet)
    {
        var body = new List<Block>
        {
            new Paragraph(sheet.Locked
                ? $"本表为{sheet.PeriodName}考核结果，已经考核组审定锁定，此后的调整逐项列明调整分值和理由。"
                : $"本表按截至{ChineseNumbers.Date(sheet.AsOf)}的履责和工作记录自动计分，考核组尚未审定，得分仍可能变化。"),
            new Heading(1, "考核排名"),
            new Table(null, ["名次", "考核对象", "总分", "档次"],
                [.. sheet.Parts.Select(p => new[] { p.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Subject, p.Total, p.Grade })]),
            new Heading(1, "评分明细"),
        };
        foreach (var part in sheet.Parts)
        {
            body.Add(new Heading(2, part.Subject));
            var rows = part.Lines
                .Select(l => new[]
                {
                    l.Group.Length > 0 ? $"{l.Group}／{l.Item}" : l.Item, l.MaxPoints, l.Standard,
                    l.Self.Length > 0 ? l.Self : l.Auto.Length > 0 ? $"{l.Auto}（自动）" : "", l.Review, l.Explanation, l.Points,
                })
                .Append(["合计", "", "", "", "", $"第{part.Rank}名，{part.Grade}", part.Total])
                .ToArray();
            body.Add(new Table(null, ["考核项目", "分值", "评分标准", "自评分", "考核组评分", "加减分说明", "得分"], rows));
        }

        if (sheet.Parts.Length == 0)
        {
            body.Add(new Paragraph("本期尚无考核对象或考核方案未设考核项目。"));
        }

        return new ReportDocument([sheet.Title], DocumentNumber: null, Signer: null, Recipient: null, body, sheet.BrigadeName, sheet.AsOf);
    }

    public static string FileName(AppraisalSheetContent sheet) => sheet.Title;
}
