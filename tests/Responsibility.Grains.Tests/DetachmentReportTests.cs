namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>A cluster (and clock) of its own: the detachment's reports move the clock.</summary>
[CollectionDefinition(Name)]
public sealed class DetachmentReportClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "detachment-report-cluster";
}

/// <summary>
/// The 支队's 月度调度通报: its brigades ranked from their own figures as of the month's end, their Red lists, the month's
/// number in the detachment's own series, versions kept, and the months generated and caught up on its brigades' ticks.
/// </summary>
[Collection(DetachmentReportClusterCollection.Name)]
public sealed class DetachmentReportTests(ClusterFixture cluster)
{
    // 2024-04-01 08:00 in Asia/Shanghai, when March's reports fall due.
    private static readonly DateTimeOffset AprilFirstAtEight = new(2024, 4, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RankingAndRedListsEqualTheBrigadesOwnRollupsAsOfTheMonthsEnd()
    {
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 1, 10, 4, 0, 0, TimeSpan.Zero));
        var behind = await new TestBrigade(cluster.Grains).Create();
        var ahead = await new TestBrigade(cluster.Grains).Create();
        var lagging = behind.Task((await behind.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12)).Definition.Id);
        var red = behind.Task((await behind.AddRate("FZ-02", "xuanchuan", DutyLine.Business, 0.9)).Definition.Id);
        var onPace = ahead.Task((await ahead.AddCount("XC-01", "xuanchuan", DutyLine.Business, 12)).Definition.Id);
        var detachment = await Detachment(behind, ahead);
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 5, 20, 4, 0, 0, TimeSpan.Zero));
        await lagging.ReportProgress(TestBrigade.Report(1, new DateOnly(2024, 2, 10)), "li");
        await red.ReportProgress(TestBrigade.Report(0.2, new DateOnly(2024, 2, 10)), "li");
        await onPace.ReportProgress(TestBrigade.Report(6, new DateOnly(2024, 5, 10)), "zhang");
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 6, 3, 4, 0, 0, TimeSpan.Zero));
        // June's entries do not reach May's report.
        await lagging.ReportProgress(TestBrigade.Report(11, new DateOnly(2024, 6, 2)), "li");

        var report = await detachment.GenerateMonthlyReport(2024, 5, "zhidui");

        var monthEnd = new DateOnly(2024, 5, 31);
        Assert.Equal(monthEnd, report.AsOf);
        Assert.Equal([ahead.Id, behind.Id], report.Brigades.Select(b => b.BrigadeId));
        Assert.Equal([1, 2], report.Brigades.Select(b => b.Rank));
        foreach (var line in report.Brigades)
        {
            var own = (await cluster.Grains.GetGrain<IBrigadeGrain>(line.BrigadeId).GetRollup(2024, monthEnd)).Overall;
            Assert.Equal((own.Percent, own.Expected, own.TaskCount, own.Counts), (line.Percent, line.Expected, line.TaskCount, line.Counts));
            Assert.Equal(
                own.Lagging.Where(t => t.Status == ProgressStatus.Red).Select(t => (t.Code, t.Title, t.Percent, t.Expected)),
                line.Red.Select(t => (t.Code, t.Title, t.Percent, t.Expected)));
        }

        var reds = report.Brigades.Single(b => b.BrigadeId == behind.Id).Red;
        Assert.Equal(["FZ-02", "FZ-01"], reds.Select(t => t.Code));
        Assert.Equal(["宣传中队", "法制室"], reds.Select(t => t.UnitName));
        Assert.Empty(report.Brigades.Single(b => b.BrigadeId == ahead.Id).Red);
        Assert.Empty(report.Instructions);
    }

    [Fact]
    public async Task EachMonthHasOneNumberPerYearInTheDetachmentsOwnSeriesKeptAcrossVersions()
    {
        cluster.Time.AdjustTime(new DateTimeOffset(2023, 11, 10, 4, 0, 0, TimeSpan.Zero));
        var brigade = await new TestBrigade(cluster.Grains).Create();
        await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        // A detachment with the brigade's very id: its series never meets the brigade's.
        var detachment = cluster.Grains.GetGrain<IDetachmentGrain>(brigade.Id);
        await detachment.Configure(new DetachmentSettings("淄博支队", "Asia/Shanghai"), "admin");
        await detachment.Attach(brigade.Id, "admin");
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 3, 5, 4, 0, 0, TimeSpan.Zero));

        var december = await detachment.GenerateMonthlyReport(2023, 12, "zhidui");
        var january = await detachment.GenerateMonthlyReport(2024, 1, "zhidui");
        var february = await detachment.GenerateMonthlyReport(2024, 2, "zhidui");
        var januaryAgain = await detachment.GenerateMonthlyReport(2024, 1, "zhidui");

        Assert.Equal(["〔2023〕第1期", "〔2024〕第1期", "〔2024〕第2期"], new[] { december, january, february }.Select(r => r.NumberText));
        Assert.Equal((2, 1), (januaryAgain.Version, januaryAgain.Number));
        Assert.Equal(1, (await detachment.GetMonthlyReport(2024, 1, 1)).Version);
        Assert.Equal(2, (await detachment.GetMonthlyReport(2024, 1, null)).Version);
        var series = cluster.Grains.GetGrain<IDocumentNumberGrain>(
            GrainKeys.DocumentNumbers(GrainKeys.DetachmentIssuer(brigade.Id), "monthly-report", 2024));
        Assert.Equal(2, await series.Count());
        foreach (var brigadeSeries in new[] { "monthly-report", "bulletin" })
        {
            Assert.Equal(0, await cluster.Grains.GetGrain<IDocumentNumberGrain>(GrainKeys.DocumentNumbers(brigade.Id, brigadeSeries, 2024)).Count());
        }

        var listed = (await detachment.ListMonthlyReports()).Single(r => (r.Year, r.Month) == (2024, 1));
        Assert.Equal((1, 2, "zhidui"), (listed.Number, listed.Versions, listed.LatestGeneratedBy));
    }

    [Fact]
    public async Task BrigadesScheduleTicksGenerateTheDetachmentsMonthsOnceWhenDueAndCatchUpAfterDowntime()
    {
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 1, 10, 4, 0, 0, TimeSpan.Zero));
        var brigade = await new TestBrigade(cluster.Grains).Create();
        await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 2, 20, 4, 0, 0, TimeSpan.Zero));
        // Created in February: January (the brigade's own first month) is not back-filled for the detachment.
        var detachment = await Detachment(brigade);
        var schedule = cluster.Grains.GetGrain<IReportScheduleGrain>(brigade.Id);

        cluster.Time.AdjustTime(AprilFirstAtEight.AddMinutes(-1));
        await schedule.CatchUp();
        var beforeEight = Months(await detachment.ListMonthlyReports());
        cluster.Time.AdjustTime(AprilFirstAtEight);
        await schedule.CatchUp();
        var atEight = Months(await detachment.ListMonthlyReports());
        var again = await Task.WhenAll(detachment.CatchUpMonthlyReports(), detachment.CatchUpMonthlyReports());

        Assert.Equal(["2024-02"], beforeEight);
        Assert.Equal(["2024-03", "2024-02"], atEight);
        Assert.All(again, Assert.Empty);

        // Down from 2 April to 2 June: April and May come on the first tick back, in order, numbered in order.
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 6, 2, 3, 0, 0, TimeSpan.Zero));
        await schedule.CatchUp();

        var reports = await detachment.ListMonthlyReports();
        Assert.Equal(["2024-05", "2024-04", "2024-03", "2024-02"], Months(reports));
        Assert.All(reports, r => Assert.Equal((1, ReportActors.Schedule), (r.Versions, r.LatestGeneratedBy)));
        Assert.Equal([4, 3, 2, 1], reports.Select(r => r.Number));
        Assert.Equal(new DateOnly(2024, 5, 31), (await detachment.GetMonthlyReport(2024, 5, null)).AsOf);
    }

    [Fact]
    public async Task RunningOrFutureMonthIsRefusedNamingMonthAndNothingIsStored()
    {
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 3, 15, 4, 0, 0, TimeSpan.Zero));
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var detachment = await Detachment(brigade);

        foreach (var (year, month) in new[] { (2024, 3), (2030, 1), (2024, 13), (1999, 5) })
        {
            var refused = await Assert.ThrowsAsync<DomainException>(() => detachment.GenerateMonthlyReport(year, month, "zhidui"));
            Assert.Equal((ErrorKind.Invalid, "month"), (refused.Kind, refused.Field));
        }

        Assert.Empty(await detachment.ListMonthlyReports());
        var missing = await Assert.ThrowsAsync<DomainException>(() => detachment.GetMonthlyReport(2024, 2, null));
        Assert.Equal(ErrorKind.NotFound, missing.Kind);
        var unknown = cluster.Grains.GetGrain<IDetachmentGrain>("d-" + Guid.NewGuid().ToString("N")[..12]);
        Assert.Equal(ErrorKind.NotFound, (await Assert.ThrowsAsync<DomainException>(() => unknown.GenerateMonthlyReport(2024, 2, "x"))).Kind);
        Assert.Empty(await unknown.CatchUpMonthlyReports());
    }

    [Fact]
    public async Task ReportsListedAndStoredSurviveARestartFromTheLog()
    {
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 1, 10, 4, 0, 0, TimeSpan.Zero));
        var brigade = await new TestBrigade(cluster.Grains).Create();
        await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        var detachment = await Detachment(brigade);
        cluster.Time.AdjustTime(AprilFirstAtEight);
        await detachment.GenerateMonthlyReport(2024, 2, "zhidui");
        var stored = await detachment.GenerateMonthlyReport(2024, 2, "zhidui");

        await cluster.Restart();

        var again = cluster.Grains.GetGrain<IDetachmentGrain>(detachment.GetPrimaryKeyString());
        var listed = Assert.Single(await again.ListMonthlyReports());
        Assert.Equal((2024, 2, 1, 2, "zhidui"), (listed.Year, listed.Month, listed.Number, listed.Versions, listed.LatestGeneratedBy));
        var read = await again.GetMonthlyReport(2024, 2, 2);
        Assert.Equal(stored with { Brigades = [], Instructions = [] }, read with { Brigades = [], Instructions = [] });
        Assert.Equal(stored.Brigades.Select(b => (b.BrigadeId, b.Rank, b.Percent, b.Counts)), read.Brigades.Select(b => (b.BrigadeId, b.Rank, b.Percent, b.Counts)));
    }

    private static string[] Months(DetachmentReportInfo[] reports) => [.. reports.Select(r => ReportKey(r.Year, r.Month))];

    private static string ReportKey(int year, int month) => $"{year:D4}-{month:D2}";

    private async Task<IDetachmentGrain> Detachment(params TestBrigade[] brigades)
    {
        var detachment = cluster.Grains.GetGrain<IDetachmentGrain>("d-" + Guid.NewGuid().ToString("N")[..12]);
        await detachment.Configure(new DetachmentSettings("淄博支队", "Asia/Shanghai"), "admin");
        foreach (var brigade in brigades)
        {
            await detachment.Attach(brigade.Id, "admin");
        }

        return detachment;
    }
}
