namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Tasks;

[Collection(ReportClusterCollection.Name)]
public sealed class MonthlyReportTests(ClusterFixture cluster)
{
    // 2024-03-31 23:30 and 2024-04-01 00:30 in Asia/Shanghai.
    private static readonly DateTimeOffset BeforeMidnight = new(2024, 3, 31, 15, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AfterMidnight = new(2024, 3, 31, 16, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task MarchReportMatchesAHandComputedBrigade()
    {
        var report = await ArrangeMarch();

        var o = report.Overview;
        Assert.Equal(new DateOnly(2024, 3, 31), report.AsOf);
        Assert.Equal(4, o.TaskCount);
        Assert.Equal((0.25 + 0.375 + 0 + 0) / 4, o.Percent, 9);
        Assert.Equal(((3 * 91.0 / 366) + (31.0 / 61)) / 4, o.Expected, 9);
        Assert.Equal((2.0 / 12 + 0.375) / 4, o.PreviousPercent, 9);
        Assert.Equal((2, 1, 1, 0), (o.Counts.Green, o.Counts.Yellow, o.Counts.Red, o.Counts.Done));
        Assert.Equal(["FZ-02"], o.NewlyRed.Select(t => t.Code));
        Assert.Empty(o.NewlyDone);
    }

    [Fact]
    public async Task IndicatorsCountThisMonthAndYearToDateAndLeaveReturnedEntriesOut()
    {
        var report = await ArrangeMarch();

        var checks = report.Indicators.Single(i => i.Code == "checks");
        var press = report.Indicators.Single(i => i.Code == "press");
        Assert.Equal((1, 3, 12), (checks.ThisMonth, checks.YearToDate, checks.Target));
        Assert.Equal((0, 150, 500), (press.ThisMonth, press.YearToDate, press.Target));
    }

    [Fact]
    public async Task EntryJustAfterMidnightInShanghaiBelongsToTheNextMonth()
    {
        var report = await ArrangeMarch();

        var fazhi = report.Units.Single(u => u.UnitId == "fazhi");
        Assert.Equal(0.25 / 2, fazhi.Percent, 9);
        Assert.Equal(1, fazhi.EntriesThisMonth);
    }

    [Fact]
    public async Task ReportListsReturnedEntriesSilentUnitsLaggingTasksAndNextMonthsDeadlines()
    {
        var report = await ArrangeMarch();

        Assert.Equal("XC-02", Assert.Single(report.Returned).Code);
        Assert.Equal(["宣传中队"], report.SilentUnits);
        Assert.Equal(["FZ-02", "XC-02"], report.Lagging.Select(t => t.Code));
        Assert.Equal("FZ-02", Assert.Single(report.DueNextMonth).Code);
        Assert.Equal(["王立侠", "赵刚"], report.Leaders.Select(l => l.Name));
        Assert.Equal(0.375 / 2, report.Leaders.Single(l => l.LeaderId == "zhao").Business.Percent, 9);
    }

    /// <summary>
    /// FZ-01 checks 2 in Feb, 1 at 23:30 on 31 Mar, 1 at 00:30 on 1 Apr (target 12); XC-01 press 100 + 50 in Feb
    /// (target 400); XC-02 press 10 in Mar, returned (target 100); FZ-02 a milestone from 1 Mar due 30 Apr.
    /// </summary>
    private async Task<MonthlyReport> ArrangeMarch()
    {
        cluster.Time.AdjustTime(BeforeMidnight);
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var checks = brigade.Task((await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12, "checks")).Definition.Id);
        var press = brigade.Task((await brigade.AddCount("XC-01", "xuanchuan", DutyLine.Business, 400, "press")).Definition.Id);
        var video = brigade.Task((await brigade.AddCount("XC-02", "xuanchuan", DutyLine.Business, 100, "press")).Definition.Id);
        var milestone = TestBrigade.Draft("FZ-02", "fazhi", DutyLine.Accountability,
            new Metric(MetricKind.Milestone, 1, "项", RateDirection.HigherIsBetter, [new MilestoneStage("完成", 1)]));
        await brigade.Brigade.CreateTask(milestone with { Start = new DateOnly(2024, 3, 1), Due = new DateOnly(2024, 4, 30) }, "admin");
        await checks.ReportProgress(TestBrigade.Report(2, new DateOnly(2024, 2, 10)), "li");
        await press.ReportProgress(TestBrigade.Report(100, new DateOnly(2024, 2, 20)), "zhang");
        await press.ReportProgress(TestBrigade.Report(50, new DateOnly(2024, 2, 25)), "zhang");
        var wrong = await video.ReportProgress(TestBrigade.Report(10, new DateOnly(2024, 3, 3)), "zhang");
        await video.ReturnEntry(wrong.Entry.Id, "无佐证材料", "zhao");
        await checks.ReportProgress(new ProgressReport(1, null, null, "月末检查", null, null), "li");
        cluster.Time.AdjustTime(AfterMidnight);
        await checks.ReportProgress(new ProgressReport(1, null, null, "次月检查", null, null), "li");

        return await cluster.Grains.GetGrain<IMonthlyReportGrain>(GrainKeys.MonthlyReport(brigade.Id, 2024, 3)).Generate("dadui");
    }
}
