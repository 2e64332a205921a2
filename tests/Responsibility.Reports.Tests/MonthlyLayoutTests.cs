namespace Responsibility.Reports.Tests;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Reports.Layouts;

/// <summary>The monthly report's wording: levels for rates, people by name, notes summarised, previews marked.</summary>
public class MonthlyLayoutTests
{
    [Fact]
    public void RateIndicatorReadsAsLevelsWhileCompletionKeepsOneDecimal()
    {
        var text = Text(OctoberReport.Create());

        Assert.Contains("执法记录仪相符率|90%|90%|90%|100.0%", text);
        Assert.Contains("查处酒驾醉驾违法行为|101起|1010起|1200起|84.2%", text);
    }

    [Fact]
    public void LaggingRateTaskIsJudgedByItsLevelAgainstTheTarget()
    {
        var rate = OctoberReport.Rate("FZ-04", "执法记录仪相符率达到90%以上", "fazhi", 0.9, 0.875, ProgressStatus.Yellow);

        var text = Text(OctoberReport.Create() with { Lagging = [rate] });

        Assert.Contains("目前为87.5%，距目标（90%）尚差2.5个百分点（黄灯）。", text);
        Assert.DoesNotContain("97.2%", text);
    }

    [Fact]
    public void ReturnedEntryNamesWhoReturnedItByDisplayName()
    {
        var text = Text(OctoberReport.Create());

        Assert.Contains("（王立侠退回：未附培训签到表和考试成绩，请补充佐证材料后重新填报）", text);
        Assert.Contains("（赵志刚退回：", text);
        Assert.DoesNotContain("dadui", text);
    }

    [Fact]
    public void ReturnedEntryStoredBeforeDisplayNamesFallsBackToTheUsername()
    {
        var report = OctoberReport.Create();
        var old = report with { Returned = [report.Returned[0] with { ReturnedByName = null, ReportedByName = null }] };

        Assert.Contains("（dadui退回：", Text(old));
    }

    [Fact]
    public void LaggingTaskQuotesTheFirstSentenceOfItsLatestNote()
    {
        var note = "检查结果汇总不及时，通报下发滞后。下一步将每周汇总一次检查结果，月底前补发通报。";
        var report = OctoberReport.Create();
        var lagging = report.Lagging.Select(t => t.Code == "FZ-03" ? t with { LatestNote = note } : t).ToArray();

        var text = Text(report with { Lagging = lagging });

        Assert.Contains("最新进展：检查结果汇总不及时，通报下发滞后。", text);
        Assert.DoesNotContain("下一步将每周汇总", text);
    }

    [Fact]
    public void PreviewIsTitledAsAPreviewAndDatedTheDayItWasComposed()
    {
        var report = OctoberReport.Create() with { Month = 11, Version = 0, IsPreview = true, AsOf = new DateOnly(2024, 11, 29) };

        var document = MonthlyReportLayout.Build(report, new DateOnly(2024, 11, 29), StatusThresholds.Default);

        Assert.Equal("2024年11月重点工作推进情况调度报告（预览稿）", document.TitleLines[^1]);
        Assert.StartsWith("2024年11月尚未结束，现将截至11月29日的重点工作推进情况报告如下", ReportText.Lines(document)[0]);
        Assert.Contains("截至11月29日，全队共有年度重点任务25项", ReportText.All(document));
        Assert.EndsWith("（预览稿）", MonthlyReportLayout.FileName(report));
    }

    [Fact]
    public void EvidenceOfTheMonthIsCountedInAllAndByUnit()
    {
        var report = OctoberReport.Create();
        var units = report.Units.Select(u => u.UnitId switch
        {
            "fazhi" => u with { EvidenceThisMonth = 7 },
            "xuanchuan" => u with { EvidenceThisMonth = 5 },
            _ => u,
        }).ToArray();

        var text = Text(report with { Units = units });

        Assert.Contains("本月填报共附佐证材料12份（法制室7份、宣传中队5份）。", text);
    }

    [Fact]
    public void FilesOfInstructionAnswersAreCountedWithTheEntriesUnitByUnit()
    {
        var report = OctoberReport.Create();
        var units = report.Units.Select(u => u.UnitId switch
        {
            "fazhi" => u with { EvidenceThisMonth = 7, AnswerEvidenceThisMonth = 2 },
            "xuanchuan" => u with { AnswerEvidenceThisMonth = 1 },
            _ => u,
        }).ToArray();
        var answersOnly = report.Units.Select(u => u.UnitId == "xuanchuan" ? u with { AnswerEvidenceThisMonth = 3 } : u).ToArray();

        var text = Text(report with { Units = units });

        Assert.Contains("本月填报和批示办理共附佐证材料10份（法制室9份、宣传中队1份）。", text);
        Assert.Contains("本月批示办理共附佐证材料3份（宣传中队3份）。", Text(report with { Units = answersOnly }));
    }

    [Fact]
    public void AMonthWithoutEvidenceSaysNothingAboutIt() =>
        Assert.DoesNotContain("佐证材料", Text(OctoberReport.Create()).Replace("请补充佐证材料后重新填报", ""));

    private static string Text(MonthlyReport report) => ReportText.All(MonthlyReportLayout.Build(report, new DateOnly(2024, 11, 1), StatusThresholds.Default));
}
