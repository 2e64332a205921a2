namespace Responsibility.Reports.Layouts;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Reports.Document;

/// <summary>Lays out the 月度调度报告 for the monthly 党总支扩大会 in the seven sections of SPEC §7.</summary>
public static class MonthlyReportLayout
{
    /// <summary>The report issued on <paramref name="issuedOn"/>, its units coloured by the brigade's <paramref name="thresholds"/>.</summary>
    public static ReportDocument Build(MonthlyReport r, DateOnly issuedOn, StatusThresholds thresholds)
    {
        var body = new List<Block>
        {
            new Paragraph(r.IsPreview
                ? $"{ChineseNumbers.Month(r.Year, r.Month)}尚未结束，现将截至{Figures.Date(r.AsOf)}的重点工作推进情况报告如下（预览稿，月末后正式生成）。"
                : $"现将{ChineseNumbers.Month(r.Year, r.Month)}重点工作推进情况报告如下。"),
            new Heading(1, "总体进展"),
        };
        body.AddRange(MonthlySections.Overview(r));
        body.Add(new Heading(1, "各单位推进情况"));
        body.AddRange(MonthlySections.Units(r, thresholds));
        body.Add(new Heading(1, "班子成员“一岗双责”落实情况"));
        body.AddRange(MonthlySections.Leaders(r));
        body.Add(new Heading(1, "重点指标完成情况"));
        body.AddRange(MonthlySections.Indicators(r.Indicators));
        body.Add(new Heading(1, "滞后任务及督办事项"));
        body.AddRange(MonthlySections.Lagging(r));
        body.AddRange(OversightSection.Monthly(r));
        body.Add(new Heading(1, "领导批示落实情况"));
        body.AddRange(InstructionSection.Build(r));
        body.Add(new Heading(1, "下月工作安排"));
        body.AddRange(NextMonthSection.Build(r));
        return new ReportDocument(
            [.. Titles.Issuer(r.Header), Title(r)],
            DocumentNumber: null, Signer: null, Recipient: null, body, r.Header.PartyOrgName, issuedOn);
    }

    /// <summary>The Chinese file name offices expect, without extension.</summary>
    public static string FileName(MonthlyReport r) => r.Header.BrigadeName + Title(r);

    /// <summary>The report's title without the issuer: "2024年5月重点工作推进情况调度报告".</summary>
    public static string Title(int year, int month) => $"{ChineseNumbers.Month(year, month)}重点工作推进情况调度报告";

    private static string Title(MonthlyReport r) => Title(r.Year, r.Month) + (r.IsPreview ? "（预览稿）" : "");
}
