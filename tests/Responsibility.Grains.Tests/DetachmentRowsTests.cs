namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// A detachment keeps its brigades' rows: a dashboard read with nothing changed asks no brigade; a change anywhere a
/// figure comes from (a report, the brigade's own settings, a 督办, a 整改, an extension) is on the very next read, which
/// asks that brigade alone; a row is kept no longer than its score.
/// </summary>
[Collection(FiguresClusterCollection.Name)]
public sealed class DetachmentRowsTests(ClusterFixture cluster)
{
    private const string Admin = TestBrigade.Admin;

    private static readonly DateOnly EndOfJune = new(2024, 6, 30);

    [Fact]
    public async Task AReadWithNothingChangedAsksNoBrigadeAndEachChangeIsOnTheNextReadAskingOnlyItsBrigade()
    {
        var (a, aTask) = await WithTask();
        var (b, _) = await WithTask();
        var detachment = await Detachment(a, b);
        var today = DateOnly.FromDateTime(cluster.Time.GetUtcNow().AddHours(8).Date);

        var first = await detachment.GetDashboard(2024, null);
        await detachment.GetDashboard(2024, EndOfJune);
        var asked = Asked(a, b);
        var again = await detachment.GetDashboard(2024, null);
        Assert.Equal(asked, Asked(a, b));
        Assert.Equal(Row(first, a).Percent, Row(again, a).Percent);

        // A report: the brigade's live rollup.
        await a.Task(aTask).ReportProgress(TestBrigade.Report(40, today), "li");
        var reported = await detachment.GetDashboard(2024, null);
        var own = (await a.Brigade.GetRollup(2024, null)).Overall;
        Assert.True(Row(reported, a).Percent > Row(first, a).Percent);
        Assert.Equal((own.Percent, own.Counts), (Row(reported, a).Percent, Row(reported, a).Counts));
        Assert.Equal((asked.A + 1, asked.B), Asked(a, b));

        // The brigade's own change: its name.
        await b.Brigade.Configure((await b.Brigade.GetSettings()) with { Name = "张店大队" }, Admin);
        Assert.Equal("张店大队", Row(await detachment.GetDashboard(2024, null), b).Name);
        Assert.Equal((asked.A + 1, asked.B + 1), Asked(a, b));

        // A 督办 in a, a 整改 in b, both due 6-20: overdue as of 6-30.
        var before = await detachment.GetDashboard(2024, EndOfJune);
        await a.OnUnit(cluster.Grains, "fazhi", "月底前补齐台账", new DateOnly(2024, 6, 20));
        var inspection = await cluster.Grains.Recorded(b.Id, new DateOnly(2024, 6, 10));
        await cluster.Grains.Inspection(inspection).AddFinding(Inspections.Finding(new DateOnly(2024, 6, 20)), "dadui");
        var overdue = await detachment.GetDashboard(2024, EndOfJune);
        Assert.Equal((0, 0), (Row(before, a).OverdueInstructions, Row(before, b).OverdueRectifications));
        Assert.Equal((1, 1), (Row(overdue, a).OverdueInstructions, Row(overdue, b).OverdueRectifications));

        // An extension granted in a.
        var extension = cluster.Grains.GetGrain<IExtensionGrain>(RecordIds.New());
        await extension.Request(
            new ExtensionDraft(a.Id, new ExtensionTarget(ExtensionTargetKind.Task, aTask), new DateOnly(2024, 7, 20), "雨季施工受阻，需顺延", "已完成七成", []),
            setByLeader: false, "xuanchuan-head");
        await extension.Grant(new DateOnly(2024, 7, 15), "同意", "zhao-account");
        Assert.Equal(1, Row(await detachment.GetDashboard(2024, null), a).Extensions);
    }

    [Fact]
    public async Task ARowIsKeptNoLongerThanItsScoreAMinuteForTodayTenForAPastDay()
    {
        var (a, _) = await WithTask();
        var detachment = await Detachment(a);
        var endOfMay = new DateOnly(2024, 5, 31);
        await detachment.GetDashboard(2024, null);
        await detachment.GetDashboard(2024, endOfMay);
        var asked = FiguresReads.Of(a.Id);

        cluster.Time.Advance(TimeSpan.FromSeconds(61));
        await detachment.GetDashboard(2024, null);
        await detachment.GetDashboard(2024, endOfMay);
        Assert.Equal(asked + 1, FiguresReads.Of(a.Id));

        cluster.Time.Advance(TimeSpan.FromMinutes(10));
        await detachment.GetDashboard(2024, endOfMay);
        Assert.Equal(asked + 2, FiguresReads.Of(a.Id));
    }

    [Fact]
    public async Task ABrigadeAttachedAfterAReadIsOnTheNextOne()
    {
        var (a, _) = await WithTask();
        var (b, _) = await WithTask();
        var detachment = await Detachment(a);
        await detachment.GetDashboard(2024, null);

        await detachment.Attach(b.Id, Admin);

        var ids = (await detachment.GetDashboard(2024, null)).Brigades.Select(r => r.BrigadeId);
        Assert.Equal(new[] { a.Id, b.Id }.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }

    private static (int A, int B) Asked(TestBrigade a, TestBrigade b) => (FiguresReads.Of(a.Id), FiguresReads.Of(b.Id));

    private static DetachmentDashboardRow Row(DetachmentDashboard dashboard, TestBrigade brigade) =>
        dashboard.Brigades.Single(r => r.BrigadeId == brigade.Id);

    private async Task<(TestBrigade Brigade, string TaskId)> WithTask()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var task = await brigade.Brigade.CreateTask(
            TestBrigade.Draft("ZD-01", "xuanchuan", DutyLine.Business, new Metric(MetricKind.Count, 100, "次", RateDirection.HigherIsBetter, [])) with
            {
                Due = EndOfJune,
            },
            Admin);
        return (brigade, task.Definition.Id);
    }

    private async Task<IDetachmentGrain> Detachment(params TestBrigade[] brigades)
    {
        var detachment = cluster.Grains.GetGrain<IDetachmentGrain>("d-" + Guid.NewGuid().ToString("N")[..12]);
        await detachment.Configure(new DetachmentSettings("淄博支队", "Asia/Shanghai"), Admin);
        foreach (var brigade in brigades)
        {
            await detachment.Attach(brigade.Id, Admin);
        }

        return detachment;
    }
}
