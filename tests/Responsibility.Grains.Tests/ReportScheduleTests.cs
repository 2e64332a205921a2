namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Tasks;

[Collection(ReportClusterCollection.Name)]
public sealed class ReportScheduleTests(ClusterFixture cluster)
{
    // 2024-04-01 08:00 in Asia/Shanghai, when March's report falls due.
    private static readonly DateTimeOffset AprilFirstAtEight = new(2024, 4, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task EachMonthIsGeneratedOnceWhenItFallsDue()
    {
        var schedule = await ArrangeBrigade();

        cluster.Time.AdjustTime(AprilFirstAtEight.AddMinutes(-1));
        var beforeEight = await schedule.CatchUp();
        cluster.Time.AdjustTime(AprilFirstAtEight);
        var atEight = await schedule.CatchUp();
        var again = await Task.WhenAll(schedule.CatchUp(), schedule.CatchUp());

        Assert.Equal(["2024-01", "2024-02"], beforeEight);
        Assert.Equal(["2024-03"], atEight);
        Assert.All(again, Assert.Empty);
        Assert.All(await schedule.List(), r => Assert.Equal(1, r.Versions));
    }

    [Fact]
    public async Task BrigadeOfflineOverTwoMonthEndsGetsBothReportsWhenItComesBack()
    {
        var schedule = await ArrangeBrigade();
        cluster.Time.AdjustTime(AprilFirstAtEight);
        await schedule.CatchUp();

        cluster.Time.AdjustTime(new DateTimeOffset(2024, 6, 2, 3, 0, 0, TimeSpan.Zero));
        var caughtUp = await schedule.CatchUp();

        Assert.Equal(["2024-04", "2024-05"], caughtUp);
        Assert.Equal(5, (await schedule.List()).Length);
    }

    [Fact]
    public async Task RegeneratingAMonthKeepsTheEarlierVersion()
    {
        var schedule = await ArrangeBrigade();
        cluster.Time.AdjustTime(AprilFirstAtEight);
        await schedule.CatchUp();

        var second = await schedule.Generate(2024, 3, "dadui");

        var key = GrainKeys.MonthlyReport(second.Header.BrigadeId, 2024, 3);
        var first = await cluster.Grains.GetGrain<IMonthlyReportGrain>(key).Get(1);
        Assert.Equal(2, second.Version);
        Assert.Equal("system", first.GeneratedBy);
        Assert.Equal("dadui", (await cluster.Grains.GetGrain<IMonthlyReportGrain>(key).Get(null)).GeneratedBy);
        Assert.Equal(2, (await schedule.List()).Single(r => r.Month == 3).Versions);
    }

    [Fact]
    public async Task MonthsBeforeTheBrigadeStartedAreNotBackFilled()
    {
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 3, 20, 4, 0, 0, TimeSpan.Zero));
        var brigade = await new TestBrigade(cluster.Grains).Create();
        await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        var schedule = cluster.Grains.GetGrain<IReportScheduleGrain>(brigade.Id);

        cluster.Time.AdjustTime(AprilFirstAtEight);
        var generated = await schedule.CatchUp();

        Assert.Equal(["2024-03"], generated);
    }

    private async Task<IReportScheduleGrain> ArrangeBrigade()
    {
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 1, 10, 4, 0, 0, TimeSpan.Zero));
        var brigade = await new TestBrigade(cluster.Grains).Create();
        await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 3, 15, 4, 0, 0, TimeSpan.Zero));
        return cluster.Grains.GetGrain<IReportScheduleGrain>(brigade.Id);
    }
}
