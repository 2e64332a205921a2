namespace Responsibility.Grains.Tests;

using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Appraisal;
using Responsibility.Grains.Domain.Appraisal;
using Responsibility.Storage.Events;
using static Responsibility.Grains.Tests.Inspections;

/// <summary>
/// The automatic rules over a brigade seeded through its grains: the loader reads tasks, entries, instructions, 整改
/// items, each holder's 清单 as of the day and the 责任书 from the log, and the points are those worked by hand.
/// </summary>
[Collection(SupervisionClusterCollection.Name)]
public sealed class AppraisalInputsTests(ClusterFixture cluster)
{
    private static readonly AppraisalPeriod Q1 = new(2024, 1);

    private static readonly AppraisalScheme Scheme = AppraisalScheme.Empty("any", 2024) with
    {
        Indicators = [
            Automatic("U1", DutyHolderKind.Unit, AppraisalRuleKind.ReportedOnTime, 2),
            Automatic("U2", DutyHolderKind.Unit, AppraisalRuleKind.TaskDone, 5),
            Automatic("U3", DutyHolderKind.Unit, AppraisalRuleKind.EntryReturned, -1, 5),
            Automatic("U4", DutyHolderKind.Unit, AppraisalRuleKind.InstructionClosedOnTime, 4),
            Automatic("U5", DutyHolderKind.Unit, AppraisalRuleKind.RectificationClosedOnTime, 3),
            Automatic("L1", DutyHolderKind.Leader, AppraisalRuleKind.ReportedOnTime, 2),
            Automatic("L2", DutyHolderKind.Leader, AppraisalRuleKind.DutySlotRecorded, 2),
            Automatic("L3", DutyHolderKind.Leader, AppraisalRuleKind.DutySlotMissed, -2, 10),
            Automatic("L4", DutyHolderKind.Leader, AppraisalRuleKind.PledgeSigned, 5),
        ],
    };

    [Fact]
    public async Task LoadedLogGivesThePointsWorkedByHand()
    {
        var brigade = await Seed();
        At(4, 2);

        var inputs = await AppraisalInputs.Load(cluster.Grains, Events, brigade.Id, 2024, new DateOnly(2024, 3, 31));
        var units = AutomaticPoints.Count(Scheme, Q1, DutyHolderKind.Unit, inputs, new DateOnly(2024, 3, 31));
        var leaders = AutomaticPoints.Count(Scheme, Q1, DutyHolderKind.Leader, inputs, new DateOnly(2024, 3, 31));

        // 法制室: January and March reported on time, February's entry returned before its due day; the return costs one;
        // the instruction and the 整改 item closed before their dates. 宣传中队: its task done in January.
        Assert.Equal([4m, 0m, 4m, 4m, 3m], units["fazhi"].Select(l => l.Points));
        Assert.Equal([2m, 5m, 5m, 0m, 0m], units["xuanchuan"].Select(l => l.Points));
        Assert.Equal(["fazhi/2024-01", "fazhi/2024-03"], units["fazhi"][0].Causes.Select(c => c.Id));
        // 王 supervises 法制室 and signed with 赵; 赵 recorded February's talk and missed January's (March not yet past).
        Assert.Equal([4m, 0m, 10m, 5m], leaders["wang"].Select(l => l.Points));
        Assert.Equal([2m, 2m, 8m, 5m], leaders["zhao"].Select(l => l.Points));
        Assert.Equal(["talk:2024-01"], leaders["zhao"][2].Causes.Select(c => c.Id));
    }

    [Fact]
    public async Task LoadedAsOfAnEarlierDayGivesTheScoreOfThatDay()
    {
        var brigade = await Seed();
        At(4, 2);

        var inputs = await AppraisalInputs.Load(cluster.Grains, Events, brigade.Id, 2024, new DateOnly(2024, 2, 11));
        var units = AutomaticPoints.Count(Scheme, Q1, DutyHolderKind.Unit, inputs, new DateOnly(2024, 2, 11));
        var leaders = AutomaticPoints.Count(Scheme, Q1, DutyHolderKind.Leader, inputs, new DateOnly(2024, 2, 11));

        Assert.Equal([2m, 0m, 5m, 0m, 0m], units["fazhi"].Select(l => l.Points));
        Assert.Equal([2m, 0m, 8m, 5m], leaders["zhao"].Select(l => l.Points));
    }

    [Fact]
    public async Task ALockedPeriodKeepsItsAutomaticPointsWhenTheOrganisationChangesAfterIt()
    {
        // Two brigades alike: 法制室 finishes its task in March, under 王立侠. After April's lock of one, 法制室 moves to 赵刚.
        AppraisalIndicator[] done = [Automatic("L", DutyHolderKind.Leader, AppraisalRuleKind.TaskDone, 5)];
        At(1, 5);
        var (locked, open) = (await new TestBrigade(cluster.Grains).Create(), await new TestBrigade(cluster.Grains).Create());
        foreach (var b in new[] { locked, open })
        {
            await cluster.Grains.GetGrain<IAppraisalGrain>(GrainKeys.Appraisal(b.Id, 2024))
                .PutScheme(AppraisalPeriodKind.Quarter, GradeThresholds.Default, done, TestBrigade.Admin);
            var task = (await b.AddCount("D-01", "fazhi", DutyLine.Business, 1)).Definition.Id;
            At(3, 20);
            await b.Task(task).ReportProgress(TestBrigade.Report(1, new DateOnly(2024, 3, 20)), "fazhi-head");
            At(1, 5);
        }

        At(4, 15);
        var lockedGrain = cluster.Grains.GetGrain<IAppraisalGrain>(GrainKeys.Appraisal(locked.Id, 2024));
        await lockedGrain.Lock("2024-Q1", TestBrigade.Admin);
        foreach (var b in new[] { locked, open })
        {
            await b.Brigade.UpsertLeader(new Abstractions.Org.LeaderDefinition("wang", "王立侠", "大队长", true, [], ["法治建设"]), TestBrigade.Admin);
            await b.Brigade.UpsertLeader(new Abstractions.Org.LeaderDefinition("zhao", "赵刚", "副大队长", false, ["xuanchuan", "fazhi"], ["宣传"]), TestBrigade.Admin);
        }

        static decimal Of(AppraisalScores scores, string leaderId) => scores.Scores.Single(s => s.Subject.Id == leaderId).Lines.Single().Points;
        var frozen = await lockedGrain.GetScores("2024-Q1", DutyHolderKind.Leader, null);
        var live = await cluster.Grains.GetGrain<IAppraisalGrain>(GrainKeys.Appraisal(open.Id, 2024)).GetScores("2024-Q1", DutyHolderKind.Leader, null);
        Assert.Equal((5m, 0m), (Of(frozen, "wang"), Of(frozen, "zhao")));
        // Unlocked, 赵刚 now counts 法制室's task too (王立侠 keeps it as the task's responsible leader).
        Assert.Equal((5m, 5m), (Of(live, "wang"), Of(live, "zhao")));
    }

    private IEventStore Events => ((InProcessSiloHandle)cluster.Cluster.Primary!).SiloHost.Services.GetRequiredService<IEventStore>();

    private async Task<TestBrigade> Seed()
    {
        At(1, 5);
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var reporting = (await brigade.AddCount("A-01", "fazhi", DutyLine.Business, 12)).Definition.Id;
        var once = (await brigade.AddCount("B-01", "xuanchuan", DutyLine.Business, 1)).Definition.Id;
        var list = cluster.Grains.GetGrain<IDutyListGrain>(GrainKeys.DutyList(brigade.Id, 2024));
        await list.Put(Talks(), TestBrigade.Admin);
        var zhao = cluster.Grains.GetGrain<ILeaderGrain>(GrainKeys.Leader(brigade.Id, "zhao"));

        At(1, 10);
        await brigade.Task(reporting).ReportProgress(TestBrigade.Report(1, new DateOnly(2024, 1, 10)), "fazhi-head");
        await brigade.Task(once).ReportProgress(TestBrigade.Report(1, new DateOnly(2024, 1, 10)), "xuanchuan-head");
        At(1, 18);
        var pledge = (await list.GetPledges()).Single(p => p.PartyA == "wang" && p.PartyB.Id == "zhao");
        await zhao.SignPledge(pledge.Id, new DateOnly(2024, 1, 18), null, TestBrigade.Admin);
        At(2, 10);
        var february = await brigade.Task(reporting).ReportProgress(TestBrigade.Report(1, new DateOnly(2024, 2, 10)), "fazhi-head");
        At(2, 12);
        await brigade.Task(reporting).ReturnEntry(february.Entry.Id, "数字与台账不符", "wang-account");
        At(2, 20);
        await zhao.Record(new DutyRecordDraft(DutyRecordKind.Talk, new DateOnly(2024, 2, 20), "与分管单位负责人谈心谈话", ["张华"], ["talk:2024-02"], [], null), "zhao-account");

        At(3, 1);
        var instruction = await brigade.OnUnit(cluster.Grains, "fazhi", "请于3月20日前完成卷宗评查", new DateOnly(2024, 3, 20));
        var inspection = await cluster.Grains.Recorded(brigade.Id, new DateOnly(2024, 3, 1));
        var item = await cluster.Grains.Inspection(inspection).AddFinding(Finding(new DateOnly(2024, 3, 31)), "dadui");
        At(3, 5);
        await brigade.Task(reporting).ReportProgress(TestBrigade.Report(1, new DateOnly(2024, 3, 5)), "fazhi-head");
        At(3, 15);
        await cluster.Grains.Instruction(instruction.Definition.Id).Answer("已完成", [], Head);
        await cluster.Grains.Instruction(instruction.Definition.Id).Close("dadui");
        At(3, 20);
        var unit = cluster.Grains.UnitGrain(brigade.Id, "fazhi");
        await unit.ReportRectification(item.Id, "已重新装订", [await cluster.Grains.Upload(brigade.Id, Head, "整改后.pdf")], Head);
        await unit.CloseRectification(item.Id, "wang-account");
        return brigade;
    }

    private static AppraisalIndicator Automatic(string code, DutyHolderKind subjects, AppraisalRuleKind kind, decimal points, decimal? @base = null) =>
        new(code, code, null, 10, subjects, new AppraisalRule(kind, points, @base), null);

    private static DutyItem Talks() => new(
        "talk", 2024, "班子成员一岗双责", "开展谈心谈话", "每月与分管单位负责人谈心谈话一次", DutyLine.Accountability, Cadence.Monthly, null,
        "谈话记录", new DutyAssignees(false, ["zhao"], []), []);

    private void At(int month, int day) => cluster.Time.AdjustTime(new DateTimeOffset(2024, month, day, 4, 0, 0, TimeSpan.Zero));
}
