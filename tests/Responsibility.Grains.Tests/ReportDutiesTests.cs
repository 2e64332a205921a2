namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// Reports read what the leader grains hold: the monthly report each leader's 清单 as it stood at the month's end and the
/// records dated in the month, the annual draft the first responsible leader's records of the year and the 责任书 signed.
/// </summary>
[Collection(ReportClusterCollection.Name)]
public sealed class ReportDutiesTests(ClusterFixture cluster)
{
    [Fact]
    public async Task MonthlyReportGivesEachLeaderTheMonthsRecordsAndTheListAsItStoodAtTheMonthsEnd()
    {
        var brigade = await Arrange(2, 5);
        await List(brigade).Put(Talks(), TestBrigade.Admin);
        await List(brigade).Put(Study(), TestBrigade.Admin);
        var zhao = Leader(brigade, "zhao");
        await zhao.Record(Talk(new DateOnly(2024, 2, 3), "talk:2024-02"), "zhao-account");
        At(3, 20);
        await zhao.Record(new DutyRecordDraft(DutyRecordKind.Inspection, new DateOnly(2024, 3, 4), "督导检查宣传中队稿件审核", [], [], [], null), "zhao-account");
        await zhao.Record(Talk(new DateOnly(2024, 3, 6), "talk:2024-03"), "zhao-account");
        At(4, 2);
        await zhao.Record(Talk(new DateOnly(2024, 4, 1), "talk:2024-04"), "zhao-account");

        var report = await cluster.Grains.GetGrain<IReportScheduleGrain>(brigade.Id).Generate(2024, 3, "dadui");

        var zhaos = report.Leaders.Single(l => l.LeaderId == "zhao").Duties!;
        var wangs = report.Leaders.Single(l => l.LeaderId == "wang").Duties!;
        Assert.Equal(
            [(new DateOnly(2024, 3, 4), DutyRecordKind.Inspection, "督导检查宣传中队稿件审核"), (new DateOnly(2024, 3, 6), DutyRecordKind.Talk, "与分管单位负责人谈心谈话")],
            zhaos.Records.Select(r => (r.OccurredOn, r.Kind, r.Content)));
        Assert.Equal((1, new DutyCompletion(3, 2, 1)), (zhaos.ItemCount, zhaos.Accountability));
        Assert.Equal(["talk:2024-01"], zhaos.Missed.Select(m => $"{m.ItemId}:{m.Period}"));
        Assert.Empty(wangs.Records);
        Assert.Equal((2, new DutyCompletion(4, 0, 2)), (wangs.ItemCount, wangs.Accountability));
        Assert.Equal(["开展谈心谈话 2024-01", "开展谈心谈话 2024-02"], wangs.Missed.Select(m => $"{m.Title} {m.Period}"));
    }

    [Fact]
    public async Task AnnualDraftCountsTheFirstResponsibleLeadersRecordsOfTheYearAndTheirSignedPledges()
    {
        var brigade = await Arrange(3, 5);
        await List(brigade).Put(Talks(), TestBrigade.Admin);
        var wang = Leader(brigade, "wang");
        await wang.Record(Talk(new DateOnly(2024, 3, 1), "talk:2024-03") with { Participants = ["李明", "张华"] }, "dadui");
        await wang.Record(new DutyRecordDraft(DutyRecordKind.Study, new DateOnly(2024, 3, 2), "专题研究党风廉政建设工作", [], [], [], null), "dadui");
        await wang.Record(new DutyRecordDraft(DutyRecordKind.Lecture, new DateOnly(2024, 3, 4), "讲授廉政党课", [], [], [], null), "dadui");
        var pledge = (await List(brigade).GetPledges()).Single(p => p.PartyA == "wang" && p.PartyB.Id == "zhao");
        await Leader(brigade, "zhao").SignPledge(pledge.Id, new DateOnly(2024, 1, 18), null, TestBrigade.Admin);

        var annual = await cluster.Grains.GetGrain<IAnnualReportGrain>(GrainKeys.AnnualReport(brigade.Id, 2024)).Compose(null);

        var duties = annual.FirstResponsibleDuties!;
        Assert.Equal(
            [(DutyRecordKind.Talk, 2), (DutyRecordKind.Study, 0), (DutyRecordKind.Lecture, 0)],
            duties.Records.Select(r => (r.Kind, r.Participants)));
        Assert.Equal(new DutyCompletion(3, 1, 2), duties.Accountability);
        Assert.Equal(new PledgeTally(1, 1), annual.FirstResponsiblePledges);
    }

    private async Task<TestBrigade> Arrange(int month, int day)
    {
        At(month, day);
        return await new TestBrigade(cluster.Grains).Create();
    }

    private IDutyListGrain List(TestBrigade brigade) => cluster.Grains.GetGrain<IDutyListGrain>(GrainKeys.DutyList(brigade.Id, 2024));

    private ILeaderGrain Leader(TestBrigade brigade, string leaderId) => cluster.Grains.GetGrain<ILeaderGrain>(GrainKeys.Leader(brigade.Id, leaderId));

    private static DutyItem Talks() => new(
        "talk", 2024, "班子成员一岗双责", "开展谈心谈话", "每月与分管单位负责人谈心谈话一次", DutyLine.Accountability, Cadence.Monthly, null,
        "谈话记录", new DutyAssignees(true, [], []), []);

    private static DutyItem Study() => new(
        "study", 2024, "第一责任人职责", "研究部署党风廉政建设", "每季度专题研究一次", DutyLine.Accountability, Cadence.Quarterly, null,
        "会议记录", new DutyAssignees(false, ["wang"], []), []);

    private static DutyRecordDraft Talk(DateOnly on, string slot) =>
        new(DutyRecordKind.Talk, on, "与分管单位负责人谈心谈话", ["张华"], [slot], [], null);

    private void At(int month, int day) => cluster.Time.AdjustTime(new DateTimeOffset(2024, month, day, 4, 0, 0, TimeSpan.Zero));
}
