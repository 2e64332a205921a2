namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>七、下月工作安排: what each Red task must make up by the end of next month, computed when the report is made.</summary>
[Collection(ReportClusterCollection.Name)]
public sealed class MonthlyReportCatchUpTests(ClusterFixture cluster)
{
    [Fact]
    public async Task RedTasksOweWhatNextMonthsPaceAsksInTheirOwnTerms()
    {
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 1, 10, 4, 0, 0, TimeSpan.Zero));
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var checks = brigade.Task((await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12)).Definition.Id);
        var bodycam = brigade.Task((await brigade.AddRate("FZ-04", "fazhi", DutyLine.Accountability, 0.9)).Definition.Id);
        var green = brigade.Task((await brigade.AddCount("XC-01", "xuanchuan", DutyLine.Business, 12)).Definition.Id);
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 5, 20, 4, 0, 0, TimeSpan.Zero));
        await checks.ReportProgress(TestBrigade.Report(1, new DateOnly(2024, 2, 10)), "li");
        await bodycam.ReportProgress(TestBrigade.Report(0.6, new DateOnly(2024, 2, 10)), "li");
        await green.ReportProgress(TestBrigade.Report(6, new DateOnly(2024, 5, 10)), "zhang");
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 6, 1, 4, 0, 0, TimeSpan.Zero));

        var report = await cluster.Grains.GetGrain<IReportScheduleGrain>(brigade.Id).Generate(2024, 5, "dadui");

        var catchUp = report.CatchUp!;
        Assert.Equal(["FZ-04", "FZ-01"], catchUp.Select(c => c.Code));
        // By 30 June 182 of 366 days are due: 12 × 182/366 = 5.97 checks, of which 1 is done.
        var count = catchUp.Single(c => c.Code == "FZ-01");
        Assert.Equal((1, 5), (count.Actual, count.Owed));
        Assert.Equal(12.0 * 182 / 366, count.Required, 9);
        var rate = catchUp.Single(c => c.Code == "FZ-04");
        Assert.Equal((0.6, 0.9, true), (rate.Actual, rate.Required, rate.Reported));
        Assert.Equal(0.3, rate.Owed, 9);
    }

    [Fact]
    public async Task RedMilestoneOwesTheStagesThatBringItBackOnPace()
    {
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 1, 10, 4, 0, 0, TimeSpan.Zero));
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var stages = new MilestoneStage[] { new("方案", 0.2), new("改造", 0.5), new("验收", 0.3) };
        var draft = TestBrigade.Draft("BA-01", "fazhi", DutyLine.Accountability,
            new Metric(MetricKind.Milestone, 1, "项", RateDirection.HigherIsBetter, stages));
        var task = brigade.Task((await brigade.Brigade.CreateTask(draft, TestBrigade.Admin)).Definition.Id);
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 3, 2, 4, 0, 0, TimeSpan.Zero));
        await task.ReportProgress(new ProgressReport(null, 0, new DateOnly(2024, 3, 1), "方案通过", null, null), "li");
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 8, 1, 4, 0, 0, TimeSpan.Zero));

        var report = await cluster.Grains.GetGrain<IReportScheduleGrain>(brigade.Id).Generate(2024, 7, "dadui");

        // By 31 August 244/366 = 0.67 is due: 方案 (0.2) is done, 改造 (0.5) brings it to 0.7.
        var line = Assert.Single(report.CatchUp!);
        Assert.Equal(["改造"], line.Stages);
        Assert.Equal((0.2, false), (line.Actual, line.Overdue));
    }
}
