namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Inbox;
using Responsibility.Grains.Abstractions.Supervision;
using static Responsibility.Grains.Tests.Inspections;

/// <summary>
/// The 整改 ladder in the one inbox as the clock moves through 2024: the unit head from 20 days before the due date, the
/// 分管领导 from 10 days, the 大队长 once overdue; a report goes to the inspectors and the brigade's leaders to check.
/// </summary>
[Collection(SupervisionClusterCollection.Name)]
public sealed class RectificationInboxTests(ClusterFixture cluster)
{
    private static readonly InboxReader Wang = new("wang-account", Role.BrigadeLeader, null, "wang");
    private static readonly InboxReader Zhao = new("zhao-account", Role.Leader, null, "zhao");
    private static readonly InboxReader FazhiHead = new("fazhi-head", Role.UnitHead, "fazhi", null);
    private static readonly InboxReader XuanchuanHead = new("xuanchuan-head", Role.UnitHead, "xuanchuan", null);
    private static readonly InboxReader Viewer = new("viewer", Role.Viewer, null, null);
    private static readonly DateOnly July20 = new(2024, 7, 20);

    [Fact]
    public async Task TheUnitHeadIsToldFromTwentyDaysBeforeTheSupervisingLeaderFromTenAndTheBrigadeLeaderOnceOverdue()
    {
        var (brigade, item) = await Arrange("fazhi");

        Assert.Empty(await Kinds(brigade, 6, 29, FazhiHead));
        Assert.Equal([InboxItemKind.RectificationDue], await Kinds(brigade, 6, 30, FazhiHead));
        Assert.Empty(await Kinds(brigade, 7, 9, Wang));
        Assert.Equal([InboxItemKind.RectificationWarning], await Kinds(brigade, 7, 10, Wang));
        Assert.Equal([InboxItemKind.RectificationOverdue], await Kinds(brigade, 7, 21, Wang));
        var head = Assert.Single(await Items(brigade, 7, 21, FazhiHead));
        Assert.Equal((InboxItemKind.RectificationDue, true, July20, item, "法制室"), (head.Kind, head.Overdue, head.Due, head.RectificationId, head.UnitName));
        Assert.Empty(await Kinds(brigade, 7, 21, Zhao));
        Assert.Empty(await Kinds(brigade, 7, 21, XuanchuanHead));
        Assert.Empty(await Kinds(brigade, 7, 21, Viewer));
    }

    [Fact]
    public async Task ALeaderWhoSupervisesTheUnitIsWarnedAndTheOtherLeadersOnlyOnceOverdue()
    {
        var (brigade, _) = await Arrange("xuanchuan");

        Assert.Equal([InboxItemKind.RectificationWarning], await Kinds(brigade, 7, 10, Zhao));
        Assert.Empty(await Kinds(brigade, 7, 10, Wang));
        var overdue = Assert.Single(await Items(brigade, 7, 21, Zhao));
        Assert.Equal((InboxItemKind.RectificationWarning, true), (overdue.Kind, overdue.Overdue));
        Assert.Equal([InboxItemKind.RectificationOverdue], await Kinds(brigade, 7, 21, Wang));
    }

    [Fact]
    public async Task AReportGoesToTheInspectorsAndBrigadeLeadersAReturnBackToTheUnitAndClosingEndsIt()
    {
        var (brigade, item) = await Arrange("xuanchuan", inspector: "wang");
        var unit = cluster.Grains.UnitGrain(brigade.Id, "xuanchuan");
        At(7, 1);
        var scan = await cluster.Grains.Upload(brigade.Id, "xuanchuan-head", "照片.pdf");
        await unit.ReportRectification(item, "已整改", [scan], "xuanchuan-head");

        Assert.Empty(await Kinds(brigade, 7, 12, XuanchuanHead));
        Assert.Equal([InboxItemKind.RectificationToCheck], await Kinds(brigade, 7, 12, Wang));
        Assert.Empty(await Kinds(brigade, 7, 2, Zhao));

        await unit.ReturnRectification(item, "照片不清晰", "wang-account");
        var returned = Assert.Single(await Items(brigade, 7, 2, XuanchuanHead));
        Assert.Equal((InboxItemKind.RectificationDue, "已退回：照片不清晰"), (returned.Kind, returned.Detail));

        var again = await cluster.Grains.Upload(brigade.Id, "xuanchuan-head", "照片2.pdf");
        await unit.ReportRectification(item, "已补拍", [again], "xuanchuan-head");
        await unit.CloseRectification(item, "wang-account");
        foreach (var reader in new[] { Wang, Zhao, XuanchuanHead })
        {
            Assert.Empty(await Kinds(brigade, 7, 25, reader));
        }
    }

    [Fact]
    public async Task AnInspectorWhoIsALeaderChecksTheReportAndTheWarningDaysAreTheBrigades()
    {
        var (brigade, item) = await Arrange("fazhi", inspector: "zhao");
        var settings = await brigade.Brigade.GetSettings();
        await brigade.Brigade.Configure(settings with { RectificationWarningDays = [5] }, TestBrigade.Admin);

        Assert.Empty(await Kinds(brigade, 7, 14, FazhiHead));
        Assert.Empty(await Kinds(brigade, 7, 14, Wang));
        Assert.Equal([InboxItemKind.RectificationDue], await Kinds(brigade, 7, 15, FazhiHead));
        Assert.Equal([InboxItemKind.RectificationWarning], await Kinds(brigade, 7, 15, Wang));

        var scan = await cluster.Grains.Upload(brigade.Id, "fazhi-head", "照片.pdf");
        await cluster.Grains.UnitGrain(brigade.Id, "fazhi").ReportRectification(item, "已整改", [scan], "fazhi-head");
        var toCheck = Assert.Single(await Items(brigade, 7, 16, Zhao));
        Assert.Equal((InboxItemKind.RectificationToCheck, "已整改"), (toCheck.Kind, toCheck.Detail));
    }

    /// <summary>An inspection of both units on June 10 (checked by <paramref name="inspector"/>) with a finding due July 20.</summary>
    private async Task<(TestBrigade Brigade, string Item)> Arrange(string unitId, string inspector = "zhao")
    {
        At(6, 12);
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var id = RecordIds.New();
        await cluster.Grains.Inspection(id).Record(
            Draft(brigade.Id, new DateOnly(2024, 6, 10), "fazhi", "xuanchuan") with { InspectorIds = [inspector] }, "dadui");
        var item = await cluster.Grains.Inspection(id).AddFinding(Finding(July20, unitId: unitId), "dadui");
        return (brigade, item.Id);
    }

    private async Task<InboxItem[]> Items(TestBrigade brigade, int month, int day, InboxReader reader)
    {
        At(month, day);
        return [.. (await cluster.Grains.GetGrain<IInboxGrain>(brigade.Id).For(reader)).Items.Where(i => i.RectificationId is not null)];
    }

    private async Task<InboxItemKind[]> Kinds(TestBrigade brigade, int month, int day, InboxReader reader) =>
        [.. (await Items(brigade, month, day, reader)).Select(i => i.Kind)];

    private void At(int month, int day) => cluster.Time.AdjustTime(new DateTimeOffset(2024, month, day, 4, 0, 0, TimeSpan.Zero));
}
