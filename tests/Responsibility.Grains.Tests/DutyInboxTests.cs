namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Inbox;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// The 责任清单's slots in the one inbox as the clock moves through 2024: a slot joins its holder's 待办 when its period
/// begins, stays as 已逾期未履责 for a month after its due day, and leaves once a record fulfils it; nobody else sees it.
/// </summary>
[Collection(DutyClusterCollection.Name)]
public sealed class DutyInboxTests(ClusterFixture cluster)
{
    private static readonly InboxReader Wang = new("wang-account", Role.BrigadeLeader, null, "wang");
    private static readonly InboxReader Zhao = new("zhao-account", Role.Leader, null, "zhao");
    private static readonly InboxReader FazhiHead = new("fazhi-head", Role.UnitHead, "fazhi", null);
    private static readonly InboxReader XuanchuanHead = new("xuanchuan-head", Role.UnitHead, "xuanchuan", null);
    private static readonly InboxReader Clerk = new("clerk", Role.Admin, null, null);
    private static readonly InboxReader Viewer = new("viewer", Role.Viewer, null, null);

    [Fact]
    public async Task QuarterlySlotJoinsTheInboxWhenItsQuarterBeginsIsOverdueAfterItsDueDayAndLeavesAMonthLater()
    {
        var brigade = await Arrange(3, 20);
        await List(brigade).Put(Talks(Cadence.Quarterly, new DutyAssignees(false, ["zhao"], [])), TestBrigade.Admin);

        var march = await DutyItems(brigade, 3, 20, Zhao);
        var april = await DutyItems(brigade, 4, 2, Zhao);
        var lastDayShown = await DutyItems(brigade, 4, 30, Zhao);
        var may = await DutyItems(brigade, 5, 1, Zhao);

        var q1 = Assert.Single(march);
        Assert.Equal(
            ("责任清单：开展谈心谈话（2024年第一季度）", "待履责，截至3月31日", new DateOnly(2024, 3, 31), false, "talk:2024-Q1"),
            (q1.Title, q1.Detail, q1.Due, q1.Overdue, q1.SlotId));
        Assert.Equal(["talk:2024-Q1", "talk:2024-Q2"], april.Select(i => i.SlotId));
        Assert.Equal(("已逾期未履责（截至3月31日）", true), (april[0].Detail, april[0].Overdue));
        Assert.Equal(("待履责，截至6月30日", false), (april[1].Detail, april[1].Overdue));
        Assert.Equal(2, lastDayShown.Length);
        Assert.Equal(["talk:2024-Q2"], may.Select(i => i.SlotId));
    }

    [Fact]
    public async Task RecordingTheSlotRemovesItFromTheInbox()
    {
        var brigade = await Arrange(3, 20);
        await List(brigade).Put(Talks(Cadence.Monthly, new DutyAssignees(true, [], [])), TestBrigade.Admin);
        await DutyItems(brigade, 4, 10, Zhao);

        await Leader(brigade, "zhao").Record(
            new DutyRecordDraft(DutyRecordKind.Talk, new DateOnly(2024, 4, 9), "与宣传中队负责人谈心谈话", ["张华"], ["talk:2024-04"], [], null),
            "zhao-account");
        var after = await DutyItems(brigade, 4, 10, Zhao);

        Assert.Equal(["talk:2024-03"], after.Select(i => i.SlotId));
        Assert.True(after[0].Overdue);
    }

    [Fact]
    public async Task OnlyTheHolderSeesItsSlotsAUnitHeadItsUnitsALeaderTheirOwn()
    {
        var brigade = await Arrange(3, 20);
        await List(brigade).Put(Talks(Cadence.Monthly, new DutyAssignees(false, ["zhao"], [])), TestBrigade.Admin);
        await List(brigade).Put(Talks(Cadence.Monthly, new DutyAssignees(false, [], ["fazhi"])) with { Id = "risk", Title = "排查廉政风险点" }, TestBrigade.Admin);

        var zhao = await DutyItems(brigade, 3, 20, Zhao);
        var wang = await DutyItems(brigade, 3, 20, Wang);
        var fazhi = await DutyItems(brigade, 3, 20, FazhiHead);
        var xuanchuan = await DutyItems(brigade, 3, 20, XuanchuanHead);
        var clerk = await DutyItems(brigade, 3, 20, Clerk);
        var viewer = await DutyItems(brigade, 3, 20, Viewer);

        // February's slot was missed 20 days ago: still shown, overdue.
        Assert.Equal(["talk:2024-02", "talk:2024-03"], zhao.Select(i => i.SlotId));
        Assert.Empty(wang);
        Assert.Equal(["risk:2024-02", "risk:2024-03"], fazhi.Select(i => i.SlotId));
        Assert.All(fazhi, i => Assert.Equal(("fazhi", "法制室"), (i.UnitId, i.UnitName)));
        Assert.Empty(xuanchuan);
        Assert.Empty(clerk);
        Assert.Empty(viewer);
    }

    [Fact]
    public async Task DecembersMissedSlotStaysIntoJanuaryAndTheNewYearsSlotJoinsIt()
    {
        var brigade = await Arrange(12, 1);
        await List(brigade).Put(Talks(Cadence.Monthly, new DutyAssignees(true, [], [])), TestBrigade.Admin);
        await cluster.Grains.GetGrain<IDutyListGrain>(GrainKeys.DutyList(brigade.Id, 2025))
            .Put(Talks(Cadence.Monthly, new DutyAssignees(true, [], [])) with { Year = 2025 }, TestBrigade.Admin);

        cluster.Time.AdjustTime(new DateTimeOffset(2025, 1, 10, 4, 0, 0, TimeSpan.Zero));
        var january = (await cluster.Grains.GetGrain<IInboxGrain>(brigade.Id).For(Wang)).Items.Where(i => i.Kind == InboxItemKind.DutySlot);

        Assert.Equal(["talk:2024-12", "talk:2025-01"], january.Select(i => i.SlotId));
    }

    [Fact]
    public async Task SlotsSitOnTheLadderWithTheOtherItemsOverdueFirst()
    {
        var brigade = await Arrange(6, 1);
        await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        await List(brigade).Put(Talks(Cadence.Monthly, new DutyAssignees(false, [], ["fazhi"])), TestBrigade.Admin);

        var items = await InboxOn(brigade, 6, 26, FazhiHead);

        Assert.Equal(
            [(InboxItemKind.DutySlot, true), (InboxItemKind.ReportDue, true), (InboxItemKind.DutySlot, false)],
            items.Select(i => (i.Kind, i.Overdue)));
    }

    private async Task<TestBrigade> Arrange(int month, int day)
    {
        cluster.Time.AdjustTime(new DateTimeOffset(2024, month, day, 4, 0, 0, TimeSpan.Zero));
        return await new TestBrigade(cluster.Grains).Create();
    }

    private async Task<InboxItem[]> InboxOn(TestBrigade brigade, int month, int day, InboxReader reader)
    {
        cluster.Time.AdjustTime(new DateTimeOffset(2024, month, day, 4, 0, 0, TimeSpan.Zero));
        return (await cluster.Grains.GetGrain<IInboxGrain>(brigade.Id).For(reader)).Items;
    }

    private async Task<InboxItem[]> DutyItems(TestBrigade brigade, int month, int day, InboxReader reader) =>
        [.. (await InboxOn(brigade, month, day, reader)).Where(i => i.Kind == InboxItemKind.DutySlot)];

    private IDutyListGrain List(TestBrigade brigade) => cluster.Grains.GetGrain<IDutyListGrain>(GrainKeys.DutyList(brigade.Id, 2024));

    private ILeaderGrain Leader(TestBrigade brigade, string leaderId) => cluster.Grains.GetGrain<ILeaderGrain>(GrainKeys.Leader(brigade.Id, leaderId));

    private static DutyItem Talks(Cadence cadence, DutyAssignees assignees) => new(
        "talk", 2024, "班子成员一岗双责", "开展谈心谈话", "与分管单位负责人谈心谈话", DutyLine.Accountability, cadence, null,
        "谈话记录", assignees, []);
}
