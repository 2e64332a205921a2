namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary><c>Reports:MaxVersionsPerMonth</c> (here 2): versions made on request stop there; the schedule's never does.</summary>
public sealed class ReportVersionCapTests : IAsyncLifetime
{
    private readonly ClusterFixture cluster = new(1, new Dictionary<string, string> { ["Reports:MaxVersionsPerMonth"] = "2" });

    public Task InitializeAsync() => cluster.InitializeAsync();

    public Task DisposeAsync() => cluster.DisposeAsync();

    [Fact]
    public async Task AMonthWithTheMostVersionsAllowedRefusesAnotherAndKeepsThoseItHas()
    {
        var brigade = await BrigadeOfJanuary();
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 2, 2, 4, 0, 0, TimeSpan.Zero));
        var schedule = cluster.Grains.GetGrain<IReportScheduleGrain>(brigade.Id);
        await schedule.Generate(2024, 1, "dadui");
        await schedule.Generate(2024, 1, "dadui");

        var refused = await Assert.ThrowsAsync<DomainException>(() => schedule.Generate(2024, 1, "dadui"));

        Assert.Equal((ErrorKind.Conflict, "month"), (refused.Kind, refused.Field));
        Assert.Contains("每月 2 版", refused.Message);
        Assert.Equal(2, Assert.Single(await schedule.List()).Versions);
        Assert.Equal(2, (await Month(brigade).Get(null)).Version);
    }

    [Fact]
    public async Task TheScheduleStillReportsAMonthWhoseVersionsAllPredateItsEnd()
    {
        var brigade = await BrigadeOfJanuary();
        // Versions made while the month ran, as an older version of the system could: none covers January.
        await Month(brigade).Generate("dadui");
        await Month(brigade).Generate("dadui");
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 2, 2, 4, 0, 0, TimeSpan.Zero));

        var generated = await cluster.Grains.GetGrain<IReportScheduleGrain>(brigade.Id).CatchUp();

        Assert.Equal(["2024-01"], generated);
        var latest = await Month(brigade).Get(null);
        Assert.Equal((3, ReportActors.Schedule), (latest.Version, latest.GeneratedBy));
    }

    private async Task<TestBrigade> BrigadeOfJanuary()
    {
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 1, 10, 4, 0, 0, TimeSpan.Zero));
        var brigade = await new TestBrigade(cluster.Grains).Create();
        await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        return brigade;
    }

    private IMonthlyReportGrain Month(TestBrigade brigade) =>
        cluster.Grains.GetGrain<IMonthlyReportGrain>(GrainKeys.MonthlyReport(brigade.Id, 2024, 1));
}
