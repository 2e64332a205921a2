namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Duties;

/// <summary>
/// A brigade's figures for its 支队: the 考核 score is the mean of its units' totals, kept a while per day (ten minutes for
/// a past day, a minute for today) rather than counted from the log on every read; the dashboard ranks brigades by it.
/// </summary>
[Collection(FiguresClusterCollection.Name)]
public sealed class BrigadeFiguresTests(ClusterFixture cluster)
{
    private const string Admin = TestBrigade.Admin;

    [Fact]
    public async Task PastDaysScoreIsKeptTenMinutesThenCountedAgain()
    {
        var brigade = await WithScheme();
        var figures = cluster.Grains.GetGrain<IBrigadeFiguresGrain>(brigade.Id);
        var endOfQ1 = new DateOnly(2024, 3, 31);

        var before = await figures.Get(2024, endOfQ1);
        await Appraisal(brigade.Id).PutReview("2024-Q1", DutyHolder.Unit(brigade.Id, "fazhi"), [new ReviewScore("1.1", 20, "责任清单落实到位")], Admin);
        var kept = await figures.Get(2024, endOfQ1);
        cluster.Time.Advance(TimeSpan.FromMinutes(11));
        var after = await figures.Get(2024, endOfQ1);

        Assert.Equal(("2024-Q1", 30.0), (before.ScorePeriod, before.Score));
        Assert.Equal(30.0, kept.Score);
        Assert.Equal(40.0, after.Score);
    }

    [Fact]
    public async Task BrigadeWithoutASchemeHasNoScoreAndEqualScoresShareARank()
    {
        var (a, b, none) = (await WithScheme(), await WithScheme(), await new TestBrigade(cluster.Grains).Create());
        var detachment = cluster.Grains.GetGrain<IDetachmentGrain>("d-" + Guid.NewGuid().ToString("N")[..12]);
        await detachment.Configure(new DetachmentSettings("淄博支队", "Asia/Shanghai"), Admin);
        foreach (var brigade in new[] { none, a, b })
        {
            await detachment.Attach(brigade.Id, Admin);
        }

        await Appraisal(b.Id).PutReview("2024-Q1", DutyHolder.Unit(b.Id, "fazhi"), [new ReviewScore("1.1", 20, "责任清单落实到位")], Admin);
        var dashboard = await detachment.GetDashboard(2024, new DateOnly(2024, 3, 30));

        Assert.Equal([b.Id, a.Id, none.Id], dashboard.Brigades.Select(r => r.BrigadeId));
        Assert.Equal([40.0, 30.0, null], dashboard.Brigades.Select(r => r.Score));
        Assert.Equal([1, 2, null], dashboard.Brigades.Select(r => r.Rank));
    }

    private IAppraisalGrain Appraisal(string brigadeId) => cluster.Grains.GetGrain<IAppraisalGrain>(GrainKeys.Appraisal(brigadeId, 2024));

    private async Task<TestBrigade> WithScheme()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        await Appraisal(brigade.Id).PutScheme(AppraisalPeriodKind.Quarter, GradeThresholds.Default, AppraisalTests.Indicators(), Admin);
        return brigade;
    }
}
