namespace Responsibility.Reports.Tests;

using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Reports.Document;

/// <summary>A report shaped like the 2023 淄川 annual report: two parts, run-in headings, a table, a chart.</summary>
internal static class SampleReport
{
    public const string FirstHeading = "推进法治政府建设的主要举措和成效";
    public const string SecondHeading = "党政主要负责人履行推进法治建设第一责任人职责情况";
    public const string RunIn = "坚持将习近平法治思想贯彻法治建设全过程各方面";
    public const string SubHeading = "各单位推进情况";
    public const string BodyText = "一体推进习近平法治思想、党的二十大精神的学习，作为党总支理论学习中心组重要学习内容，持续深化学习。";
    public const string UnitCell = "昆仑中队";

    public static readonly DateOnly Date = new(2024, 1, 12);

    public static ReportDocument Create() => new(
        ["中共淄博市公安局交通警察支队", "淄川大队总支部委员会", "关于2023年法治政府建设工作情况的报告"],
        "淄公交川政〔2023〕12号",
        "王立侠",
        "区委、区政府：",
        [
            new Paragraph("现将2023年度法治政府建设情况报告如下："),
            new Heading(1, FirstHeading),
            new Paragraph(BodyText, RunIn),
            new Paragraph("加强执法队伍建设，完善常态化学法工作机制，大队举办各类培训班11个，队伍综合素养不断提升。", "坚持将提升交警队伍法治素养作为重点工作来抓"),
            new Heading(2, SubHeading),
            new Table(
                "表1 各单位重点工作推进情况",
                ["单位", "任务数", "已完成", "完成率"],
                [
                    [UnitCell, "12", "11", "91.7%"],
                    ["城区中队", "10", "10", "100.0%"],
                    ["事故处理中队", "8", "6", "75.0%"],
                    ["法制室", "5", "4", "80.0%"],
                ]),
            new BarChart(
                "图1 各单位完成率与序时进度",
                [
                    new ChartBar(UnitCell, 0.917, 0.92, ProgressStatus.Green),
                    new ChartBar("城区中队", 1.0, 0.92, ProgressStatus.Done),
                    new ChartBar("事故处理中队", 0.75, 0.92, ProgressStatus.Yellow),
                    new ChartBar("法制室", 0.8, null, ProgressStatus.Green),
                ],
                "完成率",
                "序时进度"),
            new Heading(1, SecondHeading),
            new Paragraph("将规范执法纳入年度公安交通管理工作要点，每月党总支扩大会研究部署、调度重点工作进展情况。", "强化对法治建设的组织领导"),
            new Paragraph("严格落实交通事故责任集体研究、三级审核监督制度，开展执法质量检查12次。", "强化执法监督管理。"),
            new Paragraph("特此报告。"),
        ],
        "中共淄博市公安局交通警察支队\n淄川大队总支部委员会",
        Date);
}
