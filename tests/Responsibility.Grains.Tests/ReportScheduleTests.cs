namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Reports;
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

    [Fact]
    public async Task RunningMonthIsRefusedNamingMonth()
    {
        var schedule = await ArrangeBrigade();

        var refused = await Assert.ThrowsAsync<DomainException>(() => schedule.Generate(2024, 3, "dadui"));

        Assert.Equal((ErrorKind.Invalid, "month"), (refused.Kind, refused.Field));
        Assert.Empty(await schedule.List());
    }

    [Fact]
    public async Task FutureMonthIsRefusedNamingMonth()
    {
        var schedule = await ArrangeBrigade();

        var refused = await Assert.ThrowsAsync<DomainException>(() => schedule.Generate(2030, 1, "dadui"));

        Assert.Equal((ErrorKind.Invalid, "month"), (refused.Kind, refused.Field));
        Assert.Empty(await schedule.List());
    }

    [Fact]
    public async Task MonthMayBeGeneratedFromMidnightAfterItsLastDayInShanghai()
    {
        var schedule = await ArrangeBrigade();

        cluster.Time.AdjustTime(new DateTimeOffset(2024, 3, 31, 15, 59, 0, TimeSpan.Zero));
        await Assert.ThrowsAsync<DomainException>(() => schedule.Generate(2024, 3, "dadui"));
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 3, 31, 16, 0, 0, TimeSpan.Zero));
        var report = await schedule.Generate(2024, 3, "dadui");

        Assert.Equal((1, new DateOnly(2024, 3, 31)), (report.Version, report.AsOf));
    }

    [Fact]
    public async Task PreviewComposesTheRunningMonthUpToTodayAndStoresNothing()
    {
        var schedule = await ArrangeBrigade();
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 3, 29, 4, 0, 0, TimeSpan.Zero));
        var brigadeId = schedule.GetPrimaryKeyString();

        var preview = await schedule.Preview(2024, 3, "dadui");

        Assert.True(preview.IsPreview);
        Assert.Equal((0, new DateOnly(2024, 3, 29)), (preview.Version, preview.AsOf));
        Assert.Empty(await schedule.List());
        var stored = cluster.Grains.GetGrain<IMonthlyReportGrain>(GrainKeys.MonthlyReport(brigadeId, 2024, 3));
        Assert.Equal(ErrorKind.NotFound, (await Assert.ThrowsAsync<DomainException>(() => stored.Get(null))).Kind);
    }

    [Fact]
    public async Task PreviewOfAMonthNotYetBegunIsRefusedNamingMonth()
    {
        var schedule = await ArrangeBrigade();

        var refused = await Assert.ThrowsAsync<DomainException>(() => schedule.Preview(2024, 4, "dadui"));

        Assert.Equal((ErrorKind.Invalid, "month"), (refused.Kind, refused.Field));
    }

    [Fact]
    public async Task ReportAnOlderVersionMadeBeforeItsMonthEndedIsReplacedWhenTheMonthFallsDue()
    {
        var schedule = await ArrangeBrigade();
        var month = cluster.Grains.GetGrain<IMonthlyReportGrain>(GrainKeys.MonthlyReport(schedule.GetPrimaryKeyString(), 2024, 3));
        // What an older version stored when asked on 15 March: a "March report" dated 31 March.
        await month.Generate("dadui");

        cluster.Time.AdjustTime(AprilFirstAtEight);
        var caughtUp = await schedule.CatchUp();
        var again = await schedule.CatchUp();

        var latest = await month.Get(null);
        Assert.Contains("2024-03", caughtUp);
        Assert.Empty(again);
        Assert.Equal((2, ReportActors.Schedule), (latest.Version, latest.GeneratedBy));
        Assert.Equal(2, (await schedule.List()).Single(r => r.Month == 3).Versions);
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
