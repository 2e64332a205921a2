namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Inbox;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// 延期申请 through the grains: routed to the supervising leader or the brigade's leaders, decided once and never by the
/// requester, a grant moving the target's current date and keeping its original. Today is 2024-06-15.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ExtensionTests(ClusterFixture cluster)
{
    // Other tests of the collection move the shared clock: these judge "today" as 2024-06-15.
    private readonly ClusterFixture cluster = At(cluster, new DateTimeOffset(2024, 6, 15, 4, 0, 0, TimeSpan.Zero));

    private const string Head = "xuanchuan-head";

    [Fact]
    public async Task FirstShortExtensionOfATaskGoesToItsLeaderAndAGrantMovesTheTaskKeepingItsOriginal()
    {
        var (brigade, task) = await Arrange(new DateOnly(2024, 6, 30));

        var asked = await Ask(brigade, Target(task), new DateOnly(2024, 7, 20));
        var granted = await Extension(asked.Id).Grant(new DateOnly(2024, 7, 15), "同意", "zhao-account");
        var moved = (await brigade.Task(task).GetView(null)).Definition;

        Assert.Equal((ExtensionState.Pending, "zhao", 1), (asked.State, asked.Approver.LeaderId, asked.Ordinal));
        Assert.Equal(Deadline.Fixed(new DateOnly(2024, 6, 30)), asked.Deadline);
        Assert.Equal((ExtensionState.Granted, new DateOnly(2024, 7, 15), "zhao-account"), (granted.State, granted.Decision!.GrantedDue, granted.Decision.By));
        Assert.Equal(new Deadline(new DateOnly(2024, 6, 30), new DateOnly(2024, 7, 15), 1), moved.Deadline());
        Assert.Equal(ExtensionState.Granted, (await Oversight(brigade).ListExtensions()).Single().State);
        Assert.Equal(["ExtensionRequested", "ExtensionGranted"], (await brigade.Trail(cluster.Grains)).Where(k => k.StartsWith("Extension", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task LongerOrSecondExtensionGoesToTheBrigadeLeaders()
    {
        var (brigade, task) = await Arrange(new DateOnly(2024, 6, 30));

        var longer = await Ask(brigade, Target(task), new DateOnly(2024, 8, 30));
        await Extension(longer.Id).Grant(new DateOnly(2024, 7, 10), null, "wang-account");
        var second = await Ask(brigade, Target(task), new DateOnly(2024, 7, 20));

        Assert.True(longer.Approver.BrigadeLeaders);
        Assert.Equal((2, true), (second.Ordinal, second.Approver.BrigadeLeaders));
        Assert.Equal(new Deadline(new DateOnly(2024, 6, 30), new DateOnly(2024, 7, 10), 1), second.Deadline);
    }

    [Fact]
    public async Task NobodyDecidesTheirOwnRequestAndADecisionIsMadeOnce()
    {
        var (brigade, task) = await Arrange(new DateOnly(2024, 6, 30));
        var asked = await Ask(brigade, Target(task), new DateOnly(2024, 7, 20));
        var extension = Extension(asked.Id);

        var ownGrant = await Assert.ThrowsAsync<DomainException>(() => extension.Grant(new DateOnly(2024, 7, 20), null, Head));
        var ownRefusal = await Assert.ThrowsAsync<DomainException>(() => extension.Refuse("不同意", Head));
        var refused = await extension.Refuse("理由不充分", "zhao-account");
        var again = await Assert.ThrowsAsync<DomainException>(() => extension.Grant(new DateOnly(2024, 7, 20), null, "wang-account"));

        Assert.Equal((ErrorKind.Forbidden, ErrorKind.Forbidden, ErrorKind.Conflict), (ownGrant.Kind, ownRefusal.Kind, again.Kind));
        Assert.Equal((ExtensionState.Refused, "理由不充分", 2), (refused.State, refused.Decision!.Note, refused.Version));
        Assert.Equal(new DateOnly(2024, 6, 30), (await brigade.Task(task).GetView(null)).Definition.Due);
    }

    [Fact]
    public async Task PastItsDueDateOnlyALeaderSetsANewDateGrantedAsMade()
    {
        var (brigade, task) = await Arrange(new DateOnly(2024, 6, 10));

        var late = await Assert.ThrowsAsync<DomainException>(() => Ask(brigade, Target(task), new DateOnly(2024, 7, 20)));
        var set = await Extension(RecordIds.New()).Request(Draft(brigade, Target(task), new DateOnly(2024, 7, 20)), setByLeader: true, "zhao-account");

        Assert.Equal((ErrorKind.Invalid, "target"), (late.Kind, late.Field));
        Assert.Equal((true, ExtensionState.Granted, "zhao-account"), (set.SetByLeader, set.State, set.Decision!.By));
        Assert.Equal(new Deadline(new DateOnly(2024, 6, 10), new DateOnly(2024, 7, 20), 1), (await brigade.Task(task).GetView(null)).Definition.Deadline());
    }

    [Fact]
    public async Task BadRequestsAreRefusedByFieldAndNothingIsKept()
    {
        var (brigade, task) = await Arrange(new DateOnly(2024, 6, 30));
        var other = await new TestBrigade(cluster.Grains).Create();
        var id = RecordIds.New();

        var earlier = await Assert.ThrowsAsync<DomainException>(() => Extension(id).Request(Draft(brigade, Target(task), new DateOnly(2024, 6, 30)), false, Head));
        var far = await Assert.ThrowsAsync<DomainException>(() => Extension(id).Request(Draft(brigade, Target(task), new DateOnly(2025, 6, 16)), false, Head));
        var unknown = await Assert.ThrowsAsync<DomainException>(() => Extension(id).Request(
            Draft(brigade, new ExtensionTarget(ExtensionTargetKind.Task, RecordIds.New()), new DateOnly(2024, 7, 1)), false, Head));
        var elsewhere = await Assert.ThrowsAsync<DomainException>(() => Extension(id).Request(Draft(other, Target(task), new DateOnly(2024, 7, 1)), false, Head));
        var noReason = await Assert.ThrowsAsync<DomainException>(() => Extension(id).Request(
            Draft(brigade, Target(task), new DateOnly(2024, 7, 1)) with { Reason = " " }, false, Head));

        Assert.Equal(["proposedDue", "proposedDue", "target", "target", "reason"], new[] { earlier, far, unknown, elsewhere, noReason }.Select(e => e.Field));
        Assert.Null(await Extension(id).Get());
        Assert.Empty(await Oversight(brigade).ListExtensions());
    }

    [Fact]
    public async Task ASecondRequestWaitsForTheFirstsDecision()
    {
        var (brigade, task) = await Arrange(new DateOnly(2024, 6, 30));
        await Ask(brigade, Target(task), new DateOnly(2024, 7, 20));

        var second = await Assert.ThrowsAsync<DomainException>(() => Ask(brigade, Target(task), new DateOnly(2024, 7, 25)));

        Assert.Equal(ErrorKind.Conflict, second.Kind);
    }

    [Fact]
    public async Task InstructionExtensionGoesToItsSupervisingLeaderAndMovesIt()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var issued = await brigade.OnUnit(cluster.Grains, "fazhi", "规范执法台账", new DateOnly(2024, 6, 20));
        var target = new ExtensionTarget(ExtensionTargetKind.Instruction, issued.Definition.Id);

        var asked = await Ask(brigade, target, new DateOnly(2024, 6, 28), "fazhi-head");
        await Extension(asked.Id).Grant(new DateOnly(2024, 6, 28), null, "wang-account");
        var moved = (await cluster.Grains.Instruction(issued.Definition.Id).Get())!;

        Assert.Equal(("wang", "fazhi"), (asked.Approver.LeaderId, asked.UnitId));
        Assert.Equal((new DateOnly(2024, 6, 28), new DateOnly(2024, 6, 20), 1), (moved.Due(), moved.OriginalDue, moved.ExtensionCount));
        Assert.Equal(InstructionStepKind.Extended, moved.Steps.Single().Kind);
    }

    [Fact]
    public async Task UnitSlotGoesToTheLeaderSupervisingTheUnitALeadersOwnSlotToTheBrigadeLeaders()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        await cluster.Grains.GetGrain<IDutyListGrain>(GrainKeys.DutyList(brigade.Id, 2024)).Put(Talks(), TestBrigade.Admin);
        var unitSlot = new ExtensionTarget(ExtensionTargetKind.DutySlot, "talk:2024-06", UnitId: "xuanchuan");
        var leaderSlot = new ExtensionTarget(ExtensionTargetKind.DutySlot, "talk:2024-06", LeaderId: "zhao");

        var unit = await Ask(brigade, unitSlot, new DateOnly(2024, 7, 10));
        var leader = await Ask(brigade, leaderSlot, new DateOnly(2024, 7, 10), "zhao-account");
        await Extension(unit.Id).Grant(new DateOnly(2024, 7, 5), null, "zhao-account");
        var sheet = await cluster.Grains.GetGrain<IUnitGrain>(GrainKeys.Unit(brigade.Id, "xuanchuan")).GetDuties(2024, null);
        var leaderOwn = await Assert.ThrowsAsync<DomainException>(() => Extension(leader.Id).Grant(new DateOnly(2024, 7, 5), null, "zhao-account"));

        Assert.Equal(("zhao", true), (unit.Approver.LeaderId, leader.Approver.BrigadeLeaders));
        var slot = sheet.Slots.Single(s => s.Id == "talk:2024-06");
        Assert.Equal((new DateOnly(2024, 7, 5), new DateOnly(2024, 6, 30), 1), (slot.Due, slot.OriginalDue, slot.ExtensionCount));
        Assert.Equal(ErrorKind.Forbidden, leaderOwn.Kind);
    }

    [Fact]
    public async Task PendingRequestWaitsInTheApproversInboxOnlyUntilDecided()
    {
        var (brigade, task) = await Arrange(new DateOnly(2024, 6, 30));
        var asked = await Ask(brigade, Target(task), new DateOnly(2024, 7, 20));
        var inbox = cluster.Grains.GetGrain<IInboxGrain>(brigade.Id);
        var zhao = new InboxReader("zhao-account", Role.Leader, null, "zhao");

        var waiting = await inbox.For(zhao);
        var wang = await inbox.For(new InboxReader("wang-account", Role.BrigadeLeader, null, "wang"));
        await Extension(asked.Id).Grant(new DateOnly(2024, 7, 20), null, "zhao-account");
        var decided = await inbox.For(zhao);

        var item = waiting.Items.Single(i => i.Kind == InboxItemKind.ExtensionToDecide);
        Assert.Equal((asked.Id, "xuanchuan", new DateOnly(2024, 6, 30)), (item.ExtensionId, item.UnitId, item.Due));
        Assert.DoesNotContain(wang.Items, i => i.Kind == InboxItemKind.ExtensionToDecide);
        Assert.DoesNotContain(decided.Items, i => i.Kind == InboxItemKind.ExtensionToDecide);
    }

    private async Task<(TestBrigade Brigade, string TaskId)> Arrange(DateOnly due)
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var task = await brigade.Brigade.CreateTask(
            TestBrigade.Draft("YQ-01", "xuanchuan", DutyLine.Business, new Metric(MetricKind.Count, 100, "次", RateDirection.HigherIsBetter, [])) with { Due = due },
            TestBrigade.Admin);
        return (brigade, task.Definition.Id);
    }

    private Task<ExtensionRequest> Ask(TestBrigade brigade, ExtensionTarget target, DateOnly proposed, string actor = Head) =>
        Extension(RecordIds.New()).Request(Draft(brigade, target, proposed), setByLeader: false, actor);

    private static ExtensionDraft Draft(TestBrigade brigade, ExtensionTarget target, DateOnly proposed) =>
        new(brigade.Id, target, proposed, "雨季施工受阻，需顺延", "已完成七成", []);

    private static ExtensionTarget Target(string taskId) => new(ExtensionTargetKind.Task, taskId);

    private IExtensionGrain Extension(string id) => cluster.Grains.GetGrain<IExtensionGrain>(id);

    private IOversightGrain Oversight(TestBrigade brigade) => cluster.Grains.GetGrain<IOversightGrain>(brigade.Id);

    private static DutyItem Talks() => new(
        "talk", 2024, "班子成员一岗双责", "开展谈心谈话", "每月谈心谈话一次", DutyLine.Accountability, Cadence.Monthly, null,
        "谈话记录", new DutyAssignees(false, ["zhao"], ["xuanchuan"]), []);

    private static ClusterFixture At(ClusterFixture cluster, DateTimeOffset now)
    {
        cluster.Time.AdjustTime(now);
        return cluster;
    }
}
