namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// 明责 and 履责 through the grains, as the clock moves through 2024: the brigade's list, each leader's and unit's slots,
/// records that fulfil them, 整改要求 that become instructions, 未履责 once a slot's date has passed.
/// </summary>
[Collection(DutyClusterCollection.Name)]
public sealed class DutyTests(ClusterFixture cluster)
{
    [Fact]
    public async Task MonthlySlotIsDueThenMissedUnlessARecordInItsMonthFulfilsIt()
    {
        var brigade = await Arrange(3, 5);
        await List(brigade).Put(Talks(), TestBrigade.Admin);
        var zhao = Leader(brigade, "zhao");

        var march = await zhao.GetDuties(2024, null);
        await zhao.Record(Draft(new DateOnly(2024, 3, 4), "talk:2024-03"), "zhao-account");
        At(4, 2);
        var april = await zhao.GetDuties(2024, null);
        var asOfMarchStart = await zhao.GetDuties(2024, new DateOnly(2024, 3, 1));

        Assert.Equal(SlotState.Due, Slot(march, "2024-03").State);
        Assert.Equal(SlotState.Missed, Slot(march, "2024-02").State);
        Assert.Equal(SlotState.Recorded, Slot(april, "2024-03").State);
        Assert.Equal(SlotState.Due, Slot(april, "2024-04").State);
        Assert.Equal(new DutyCompletion(4, 1, 2), april.Accountability);
        Assert.Equal(SlotState.Due, Slot(asOfMarchStart, "2024-03").State);
    }

    [Fact]
    public async Task RecordOutsideItsSlotsPeriodOrOfAnotherHoldersSlotIsRefusedAndNothingIsKept()
    {
        var brigade = await Arrange(3, 5);
        await List(brigade).Put(Talks() with { Assignees = new DutyAssignees(false, ["wang"], []) }, TestBrigade.Admin);
        var wang = Leader(brigade, "wang");
        var zhao = Leader(brigade, "zhao");

        var wrongMonth = await Assert.ThrowsAsync<DomainException>(() => wang.Record(Draft(new DateOnly(2024, 2, 20), "talk:2024-03"), "dadui"));
        var notTheirs = await Assert.ThrowsAsync<DomainException>(() => zhao.Record(Draft(new DateOnly(2024, 3, 4), "talk:2024-03"), "zhao-account"));
        var future = await Assert.ThrowsAsync<DomainException>(() => wang.Record(Draft(new DateOnly(2024, 3, 9), "talk:2024-03"), "dadui"));

        Assert.Equal((ErrorKind.Invalid, "slotIds"), (wrongMonth.Kind, wrongMonth.Field));
        Assert.Equal((ErrorKind.Invalid, "slotIds"), (notTheirs.Kind, notTheirs.Field));
        Assert.Equal((ErrorKind.Invalid, "occurredOn"), (future.Kind, future.Field));
        Assert.Empty(await wang.GetRecords(2024));
    }

    [Fact]
    public async Task InterviewWithRectificationIssuesAnInstructionPerUnitSupervisedByTheLeader()
    {
        var brigade = await Arrange(3, 5);
        var zhao = Leader(brigade, "zhao");
        var draft = new DutyRecordDraft(
            DutyRecordKind.Interview, new DateOnly(2024, 3, 4), "约谈宣传中队负责人，指出发稿审核不严的问题", ["张华"], [], [],
            new FollowUp("建立稿件三审制度，月底前报送整改情况", ["xuanchuan"], new DateOnly(2024, 3, 31)));

        var record = await zhao.Record(draft, "zhao-account");

        var instruction = (await cluster.Grains.Instruction(Assert.Single(record.InstructionIds)).Get())!.Definition;
        Assert.Equal(("xuanchuan", "zhao", record.Id, new DateOnly(2024, 3, 4)), (instruction.UnitId, instruction.LeaderId, instruction.RecordId, instruction.IssuedOn));
        Assert.Equal(["约谈宣传中队负责人，指出发稿审核不严的问题"], (await zhao.GetRecords(2024)).Where(r => r.Source == DutyRecordSource.Written).Select(r => r.Content));
    }

    [Fact]
    public async Task TalkOfAUnitCannotCarryRectification()
    {
        var brigade = await Arrange(3, 5);
        var unit = cluster.Grains.GetGrain<IUnitGrain>(GrainKeys.Unit(brigade.Id, "fazhi"));
        var draft = new DutyRecordDraft(
            DutyRecordKind.Interview, new DateOnly(2024, 3, 4), "单位自行约谈", [], [], [], new FollowUp("整改", ["fazhi"], new DateOnly(2024, 3, 31)));

        var refused = await Assert.ThrowsAsync<DomainException>(() => unit.Record(draft, "fazhi-head"));

        Assert.Equal((ErrorKind.Invalid, "followUp"), (refused.Kind, refused.Field));
    }

    [Fact]
    public async Task ItemWithARecordedSlotCannotBeRemovedButAnUntouchedOneCan()
    {
        var brigade = await Arrange(3, 5);
        await List(brigade).Put(Talks(), TestBrigade.Admin);
        await List(brigade).Put(Talks() with { Id = "spare", Title = "备用事项" }, TestBrigade.Admin);
        await Leader(brigade, "zhao").Record(Draft(new DateOnly(2024, 3, 4), "talk:2024-03"), "zhao-account");

        var refused = await Assert.ThrowsAsync<DomainException>(() => List(brigade).Remove("talk", TestBrigade.Admin));
        await List(brigade).Remove("spare", TestBrigade.Admin);

        Assert.Equal(ErrorKind.Conflict, refused.Kind);
        Assert.Equal(["talk"], (await List(brigade).List()).Select(i => i.Id));
    }

    [Fact]
    public async Task ImportIsAllOrNothingNamingTheRowAndFieldRefused()
    {
        var brigade = await Arrange(3, 5);
        DutyItem[] sheet = [Talks(), Talks() with { Id = "second", Assignees = new DutyAssignees(false, ["nobody"], []) }];

        var refused = await Assert.ThrowsAsync<DomainException>(() => List(brigade).Import(sheet, TestBrigade.Admin));

        Assert.Equal((ErrorKind.Invalid, "items[1].assignees.leaderIds"), (refused.Kind, refused.Field));
        Assert.Empty(await List(brigade).List());
    }

    [Fact]
    public async Task LastYearsListIsCopiedInOneActionWithItsDatesMovedAndItsTasksLeftBehind()
    {
        var brigade = await Arrange(3, 5);
        var task = await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        var last = cluster.Grains.GetGrain<IDutyListGrain>(GrainKeys.DutyList(brigade.Id, 2024));
        await last.Put(Talks() with { Cadence = Cadence.Once, DueDate = new DateOnly(2024, 6, 30), TaskIds = [task.Definition.Id] }, TestBrigade.Admin);
        var next = cluster.Grains.GetGrain<IDutyListGrain>(GrainKeys.DutyList(brigade.Id, 2025));

        var copied = await next.CopyFrom(2024, TestBrigade.Admin);
        var again = await Assert.ThrowsAsync<DomainException>(() => next.CopyFrom(2024, TestBrigade.Admin));

        var item = Assert.Single(copied);
        Assert.Equal((2025, new DateOnly(2025, 6, 30)), (item.Year, item.DueDate));
        Assert.Empty(item.TaskIds);
        Assert.Equal(ErrorKind.Conflict, again.Kind);
    }

    [Fact]
    public async Task PledgesArePerPairAndASigningRecordsItsDate()
    {
        var brigade = await Arrange(1, 20);
        await List(brigade).Put(Talks(), TestBrigade.Admin);
        var list = List(brigade);

        var before = await list.GetPledges();
        var id = before.Single(p => p.PartyB == DutyHolder.Leader(brigade.Id, "zhao")).Id;
        await Leader(brigade, "zhao").SignPledge(id, new DateOnly(2024, 1, 18), null, TestBrigade.Admin);
        var after = await list.GetPledges();
        var wrongParty = await Assert.ThrowsAsync<DomainException>(() => Leader(brigade, "wang").SignPledge(id, new DateOnly(2024, 1, 18), null, TestBrigade.Admin));

        Assert.Equal(3, before.Length);
        Assert.All(before, p => Assert.Null(p.Signature));
        Assert.Equal(["talk"], before.Single(p => p.Id == id).ItemIds);
        Assert.Equal(new DateOnly(2024, 1, 18), after.Single(p => p.Id == id).Signature!.SignedOn);
        Assert.Equal(ErrorKind.NotFound, wrongParty.Kind);
    }

    [Fact]
    public async Task MovedSlotIsDueUntilItsNewDateKeepsTheOriginalAndTheSameExtensionMovesItOnce()
    {
        var brigade = await Arrange(3, 20);
        await List(brigade).Put(Talks(), TestBrigade.Admin);
        var zhao = Leader(brigade, "zhao");

        await zhao.MoveSlotDue("talk:2024-03", "ext-1", new DateOnly(2024, 4, 10), "wang-account");
        await zhao.MoveSlotDue("talk:2024-03", "ext-1", new DateOnly(2024, 4, 10), "wang-account");
        var earlier = await Assert.ThrowsAsync<DomainException>(() => zhao.MoveSlotDue("talk:2024-03", "ext-2", new DateOnly(2024, 4, 1), "wang-account"));
        var unknown = await Assert.ThrowsAsync<DomainException>(() => zhao.MoveSlotDue("talk:2024-13", "ext-3", new DateOnly(2024, 5, 1), "wang-account"));
        At(4, 5);
        var april = await zhao.GetDuties(2024, null);
        At(4, 11);
        var later = await zhao.GetDuties(2024, null);

        var march = Slot(april, "2024-03");
        Assert.Equal((SlotState.Due, new DateOnly(2024, 4, 10), new DateOnly(2024, 3, 31), 1), (march.State, march.Due, march.OriginalDue, march.ExtensionCount));
        Assert.Equal(SlotState.Missed, Slot(later, "2024-03").State);
        Assert.Equal((ErrorKind.Invalid, ErrorKind.NotFound), (earlier.Kind, unknown.Kind));
        Assert.Single(await brigade.Trail(cluster.Grains, "SlotDueMoved"));
    }

    private async Task<TestBrigade> Arrange(int month, int day)
    {
        At(month, day);
        return await new TestBrigade(cluster.Grains).Create();
    }

    private IDutyListGrain List(TestBrigade brigade) => cluster.Grains.GetGrain<IDutyListGrain>(GrainKeys.DutyList(brigade.Id, 2024));

    private ILeaderGrain Leader(TestBrigade brigade, string leaderId) => cluster.Grains.GetGrain<ILeaderGrain>(GrainKeys.Leader(brigade.Id, leaderId));

    private static DutySlot Slot(DutySheet sheet, string period) => sheet.Slots.Single(s => s.Period == period);

    private static DutyItem Talks() => new(
        "talk", 2024, "班子成员一岗双责", "开展谈心谈话", "每月与分管单位负责人谈心谈话一次", DutyLine.Accountability, Cadence.Monthly, null,
        "谈话记录", new DutyAssignees(true, [], []), []);

    private static DutyRecordDraft Draft(DateOnly on, string slot) =>
        new(DutyRecordKind.Talk, on, "与分管单位负责人谈心谈话", ["张华"], [slot], [], null);

    private void At(int month, int day) => cluster.Time.AdjustTime(new DateTimeOffset(2024, month, day, 4, 0, 0, TimeSpan.Zero));
}
