namespace Responsibility.Reports.Tests;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Reports.Layouts;

/// <summary>七、下月工作安排: deadlines and the Red tasks' catch-up, in each metric's own terms, capped with the rest counted.</summary>
public class NextMonthSectionTests
{
    [Fact]
    public void RedCountTaskOwesWholeIssuesToCatchUpWithThePace()
    {
        var lines = Lines(OctoberReport.Create());

        Assert.Contains("FZ-03 下发执法质量检查通报|法制室承办，目前累计6期，下月底前须补齐5期方能赶上序时进度。", lines);
    }

    [Fact]
    public void RedMilestoneNamesTheStagesItMustFinishAndAnOverdueOneSaysSo()
    {
        var lines = Lines(OctoberReport.Create());

        Assert.Contains("BA-01 升级执法办案中心|执法办案中心承办，完成进度20.0%，下月底前须完成“功能区改造建设”阶段方能赶上序时进度。", lines);
        Assert.Contains("FZ-05 重新聘任法制员并开展业务培训|法制室承办，已过完成时限，完成进度50.0%，须尽快完成“法制员集中培训”阶段。", lines);
    }

    [Fact]
    public void RedRateTaskOwesALevelWrittenAsPeopleWriteIt()
    {
        var report = OctoberReport.Create() with
        {
            CatchUp =
            [
                CatchUp("FZ-04", MetricKind.Rate, 0.875, 0.9) with { Owed = 0.025 },
                CatchUp("SG-04", MetricKind.Rate, 0, 0.95) with { Reported = false },
                CatchUp("SG-05", MetricKind.Rate, 0.031, 0.025) with { Direction = RateDirection.LowerIsBetter, Owed = 0.006 },
            ],
        };

        var lines = Lines(report);

        Assert.Contains("FZ-04 任务FZ-04|法制室承办，目前为87.5%，须提升至90%以上。", lines);
        Assert.Contains("SG-04 任务SG-04|法制室承办，尚未报送数据，须于下月报送并达到95%以上。", lines);
        Assert.Contains("SG-05 任务SG-05|法制室承办，目前为3.1%，须降至2.5%以下。", lines);
    }

    [Fact]
    public void LongListsShowEightAndCountTheRest()
    {
        var report = OctoberReport.Create() with
        {
            DueNextMonth = [.. Enumerable.Range(1, 10).Select(i => OctoberReport.Task("XC-02") with { Code = $"XC-{i:D2}" })],
            CatchUp = [.. Enumerable.Range(1, 11).Select(i => CatchUp($"ZX-{i:D2}", MetricKind.Count, 3, 6))],
        };

        var lines = Lines(report);

        Assert.Equal(8, lines.Count(l => l.StartsWith("XC-", StringComparison.Ordinal)));
        Assert.Equal(8, lines.Count(l => l.StartsWith("ZX-", StringComparison.Ordinal)));
        Assert.Contains("下月到期任务10项，请承办单位抓紧推进、按期完成：", lines);
        Assert.Contains("另有2项下月到期任务，详见任务台账。", lines);
        Assert.Contains("另有3项红灯任务须追赶进度，由分管领导督促承办单位限期赶上。", lines);
    }

    [Fact]
    public void ReportStoredBeforeCatchUpLinesListsItsDeadlinesAsBefore()
    {
        var lines = Lines(OctoberReport.Create() with { CatchUp = null });

        Assert.DoesNotContain("红灯任务追赶进度", lines);
        Assert.Contains(lines, l => l.StartsWith("XC-02 开展面对面主题宣讲|宣传中队承办，11月30日到期，目前完成150次（目标180次）", StringComparison.Ordinal));
    }

    [Fact]
    public void MonthWithNothingDueAndNoRedTaskSaysSoInOneLine()
    {
        var lines = Lines(OctoberReport.Create() with { DueNextMonth = [], CatchUp = [] });

        Assert.Equal("下月无到期任务，也无须追赶进度的红灯任务，各单位按序时进度推进年度任务。", lines[^1]);
    }

    private static List<string> Lines(MonthlyReport report)
    {
        var lines = ReportText.Lines(MonthlyReportLayout.Build(report, new DateOnly(2024, 11, 1), StatusThresholds.Default));
        return lines[(lines.IndexOf("下月工作安排") + 1)..];
    }

    private static CatchUpLine CatchUp(string code, MetricKind kind, double actual, double required) => new(
        "t-" + code, code, "任务" + code, "法制室", kind, RateDirection.HigherIsBetter, kind == MetricKind.Count ? "次" : "%",
        actual, required, required - actual, [], Overdue: false, Reported: true);
}
