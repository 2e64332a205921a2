namespace Responsibility.Reports.Tests;

using System.Text.RegularExpressions;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Reports.Layouts;

/// <summary>The annual draft in the seed report's prose: figures in their own terms, notes summarised, gaps said plainly.</summary>
public class AnnualProseTests
{
    private const string LongNote =
        "组织开展执法质量检查，对全队执法案卷、执法记录仪使用、警情处置等情况进行全面检查，发现的问题逐项建立台账并反馈责任单位限期整改，整改情况纳入月度考核；另附检查通报。";

    private static readonly ReportTask Checks = OctoberReport.Count("FZ-02", "开展执法质量检查", "fazhi", 12, "次", 12, ProgressStatus.Done, "12月开展执法质量检查1次，累计12次。");
    private static readonly ReportTask Bulletins = OctoberReport.Count("FZ-03", "下发执法质量检查通报", "fazhi", 12, "期", 9, ProgressStatus.Red, LongNote);
    private static readonly ReportTask Bodycam = OctoberReport.Rate("FZ-04", "执法记录仪相符率达到90%以上", "fazhi", 0.9, 0.91, ProgressStatus.Done);
    private static readonly ReportTask Centre = OctoberReport.Milestone("BA-01", "升级执法办案中心", "banan", 1, 1, ProgressStatus.Done, "通过支队验收，正式投入使用。");

    [Fact]
    public void EachMetricReadsInItsOwnTermsWithoutPercentGlitches()
    {
        var text = Text(Annual());

        Assert.Contains("执法记录仪相符率达到90%以上，年末为91%，达到目标", text);
        Assert.Contains("开展执法质量检查12次（目标12次）", text);
        Assert.Contains("下发执法质量检查通报9期（目标12期，完成75.0%）", text);
        Assert.Contains("升级执法办案中心，已完成", text);
        Assert.DoesNotMatch(new Regex(@"%以上[，,]?(完成)?\d"), text);
        Assert.DoesNotMatch(new Regex(@"\d\.0%（目标\d+\.0%"), text);
    }

    [Fact]
    public void DraftReadDuringTheYearSpeaksOfTodayNotTheYearsEnd()
    {
        var text = Text(Annual() with { AsOf = new DateOnly(2024, 9, 30) });

        Assert.Contains("截至9月30日，执法监督方面任务4项", text);
        Assert.Contains("执法记录仪相符率达到90%以上，目前为91%，达到目标", text);
        Assert.DoesNotContain("全年", text);
    }

    [Fact]
    public void RateIndicatorIsNamedWithoutItsTargetAndGivenAsALevel()
    {
        var text = Text(Annual());

        Assert.Contains("全年查处酒驾醉驾违法行为1010起，执法记录仪相符率为91%。", text);
    }

    [Fact]
    public void ShortcomingQuotesTheNotesFirstSentenceCutWithAnEllipsis()
    {
        var lines = ReportText.Lines(AnnualReportLayout.Build(Annual(), new DateOnly(2025, 1, 10), null, null));

        var shortcoming = lines.Single(l => l.StartsWith("下发执法质量检查通报推进滞后", StringComparison.Ordinal));
        var quoted = shortcoming[(shortcoming.IndexOf("主要情况：", StringComparison.Ordinal) + 5)..];

        Assert.EndsWith("……", quoted);
        Assert.Equal(Notes.MaxLength + 2, quoted.Length);
        Assert.StartsWith(LongNote[..Notes.MaxLength], quoted);
        Assert.DoesNotContain("另附检查通报", shortcoming);
    }

    [Fact]
    public void LongCategoryListsEightTasksAndCountsTheRest()
    {
        var many = Enumerable.Range(1, 11).Select(i => Checks with { Code = $"FZ-{i:D2}", Title = $"开展第{i}类检查" }).ToArray();

        var text = Text(Annual() with { Categories = [new AnnualCategory("执法监督", Rollup(many), many)] });

        Assert.Contains("开展第8类检查12次", text);
        Assert.DoesNotContain("开展第9类检查", text);
        Assert.Contains("另有3项任务，详见年度任务台账。", text);
    }

    [Fact]
    public void TitleSharedByTwoUnitsNamesEachUnit()
    {
        ReportTask[] tasks = [OctoberReport.Task("ZX-01"), OctoberReport.Task("CQ-01")];

        var text = Text(Annual() with { Categories = [new AnnualCategory("秩序整治", Rollup(tasks), tasks)] });

        Assert.Contains("查处酒驾醉驾违法行为（秩序中队）598起（目标700起，完成85.4%）；查处酒驾醉驾违法行为（城区中队）412起", text);
    }

    [Fact]
    public void PartFourListsNextYearsTasksWithTheirTargets()
    {
        var next = new[] { Checks with { Actual = 0 }, Bodycam with { Actual = 0 }, Centre with { Due = new DateOnly(2025, 6, 30) } };

        var text = Text(Annual() with { NextYear = [new AnnualCategory("执法监督", Rollup(next), next)] });

        Assert.Contains("2025年安排执法监督方面任务3项：开展执法质量检查，全年目标12次（法制室承办）；执法记录仪相符率达到90%以上（法制室承办）；升级执法办案中心，6月底前完成（执法办案中心承办）。", text);
    }

    [Fact]
    public void PartFourWithoutNextYearsTasksSaysWhatIsToBeAdded()
    {
        var text = Text(Annual());

        Assert.Contains("待补充：2025年度任务清单尚未录入。", text);
    }

    internal static AnnualReport Annual()
    {
        ReportTask[] tasks = [Checks, Bulletins, Bodycam, Centre];
        var leader = new LeaderLine("wanglixia", "王立侠", "大队长", true, ["法制室"], Rollup([]), Rollup(tasks));
        return new AnnualReport(
            OctoberReport.Header, 2024, new DateOnly(2024, 12, 31), new DateTimeOffset(2025, 1, 10, 0, 0, 0, TimeSpan.Zero), Rollup(tasks),
            [new AnnualCategory("执法监督", Rollup(tasks), tasks)],
            [
                new IndicatorLine("drunk-driving", "查处酒驾醉驾违法行为", MetricKind.Count, "起", 1010, 1010, 1200),
                new IndicatorLine("bodycam-match", "执法记录仪相符率", MetricKind.Rate, "%", 0.91, 0.91, 0.9),
            ],
            leader, tasks, [Bulletins], []);
    }

    private static Rollup Rollup(ReportTask[] tasks) => new(
        tasks.Length == 0 ? 0 : tasks.Average(t => t.Percent), 1, 0, tasks.Length,
        new StatusCounts(tasks.Count(t => t.Status == ProgressStatus.Done), 0, 0, tasks.Count(t => t.Status == ProgressStatus.Red), 0, 0), []);

    private static string Text(AnnualReport report) => ReportText.All(AnnualReportLayout.Build(report, new DateOnly(2025, 1, 10), null, null));
}
