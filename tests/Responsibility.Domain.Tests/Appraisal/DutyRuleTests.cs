namespace Responsibility.Domain.Tests.Appraisal;

using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain.Appraisal;
using static AppraisalLog;

/// <summary>The rules over each holder's own 清单 and 责任书, against points worked by hand.</summary>
public class DutyRuleTests
{
    private static readonly DutyItem Talks = new(
        "talk", 2024, "班子成员一岗双责", "开展谈心谈话", "每月谈心谈话一次", DutyLine.Accountability, Cadence.Monthly, null, "谈话记录",
        new DutyAssignees(false, ["zhao"], ["xuanchuan"]), []);

    /// <summary>赵刚's 清单 on 04-01: February recorded, March missed, April due; 宣传中队's: March recorded.</summary>
    private static readonly Dictionary<DutyHolder, DutySheet> Sheets = new()
    {
        [DutyHolder.Leader("zichuan", "zhao")] = Sheet(DutyHolder.Leader("zichuan", "zhao"),
            Slot("2024-02", On(2, 29), SlotState.Recorded, leaderId: "zhao"),
            Slot("2024-03", On(3, 31), SlotState.Missed, leaderId: "zhao"),
            Slot("2024-04", On(4, 30), SlotState.Due, leaderId: "zhao")),
        [DutyHolder.Unit("zichuan", "xuanchuan")] = Sheet(DutyHolder.Unit("zichuan", "xuanchuan"),
            Slot("2024-03", On(3, 31), SlotState.Recorded, unitId: "xuanchuan")),
    };

    [Fact]
    public void SlotsCountForTheirOwnHolderOnlyOnTheirDueDay()
    {
        var recorded = Scheme(AppraisalRuleKind.DutySlotRecorded, 2, subjects: DutyHolderKind.Leader);
        var missed = Scheme(AppraisalRuleKind.DutySlotMissed, -2, max: 10, @base: 10, subjects: DutyHolderKind.Leader);
        var inputs = Inputs(sheets: Sheets);

        var zhao = Line(recorded, Q1, inputs, On(4, 1), "zhao", DutyHolderKind.Leader);

        Assert.Equal([("talk:2024-02", On(2, 29), "开展谈心谈话（2024年2月）")], zhao.Causes.Select(c => (c.Id, c.On, c.Label!)));
        Assert.Equal(2, zhao.Points);
        Assert.Equal(["talk:2024-03"], Line(missed, Q1, inputs, On(4, 1), "zhao", DutyHolderKind.Leader).Causes.Select(c => c.Id));
        Assert.Equal(8, Line(missed, Q1, inputs, On(4, 1), "zhao", DutyHolderKind.Leader).Points);
        Assert.Equal(10, Line(missed, Q2, inputs, On(4, 1), "zhao", DutyHolderKind.Leader).Points);
        Assert.Equal(2, Line(recorded with { Indicators = [recorded.Indicators[0] with { Subjects = DutyHolderKind.Unit }] }, Q1, inputs, On(4, 1), "xuanchuan").Points);
        Assert.Equal(10, Line(missed, Q1, inputs, On(3, 30), "zhao", DutyHolderKind.Leader).Points);
    }

    [Fact]
    public void PledgeSignedCountsForTheSecondPartyAndTheLeaderSigningAsFirstParty()
    {
        var scheme = Scheme(AppraisalRuleKind.PledgeSigned, 5, subjects: DutyHolderKind.Leader);
        var inputs = Inputs(pledges: [
            Pledge("wang", DutyHolder.Leader("zichuan", "zhao"), On(1, 18)),
            Pledge("zhao", DutyHolder.Unit("zichuan", "xuanchuan"), On(1, 20)),
            Pledge("wang", DutyHolder.Unit("zichuan", "fazhi"), null),
            Pledge("li", DutyHolder.Unit("zichuan", "yizhongdui"), On(1, 22), recordedOn: On(4, 2)),
        ]);

        var leaders = AutomaticPoints.Count(scheme, Q1, DutyHolderKind.Leader, inputs, On(3, 31));
        var units = AutomaticPoints.Count(scheme with { Indicators = [scheme.Indicators[0] with { Subjects = DutyHolderKind.Unit }] }, Q1, DutyHolderKind.Unit, inputs, On(3, 31));

        Assert.Equal((5m, 10m, 0m), (leaders["wang"].Single().Points, leaders["zhao"].Single().Points, leaders["li"].Single().Points));
        Assert.Equal("王立侠与赵刚的责任书", leaders["wang"].Single().Causes.Single().Label);
        Assert.Equal((5m, 0m, 0m), (units["xuanchuan"].Single().Points, units["fazhi"].Single().Points, units["yizhongdui"].Single().Points));
        Assert.Equal(5, AutomaticPoints.Count(scheme, Q1, DutyHolderKind.Leader, inputs, On(4, 2))["li"].Single().Points);
    }

    private static DutySheet Sheet(DutyHolder holder, params DutySlot[] slots) =>
        new(holder, 2024, On(4, 1), [new DutyItemSlots(Talks, slots)], DutyCompletion.None, DutyCompletion.None);

    private static DutySlot Slot(string period, DateOnly due, SlotState state, string? leaderId = null, string? unitId = null) =>
        new($"talk:{period}", "talk", leaderId, unitId, period, new DateOnly(due.Year, due.Month, 1), due, state, state == SlotState.Recorded ? ["r"] : []);

    private static Pledge Pledge(string partyA, DutyHolder partyB, DateOnly? signedOn, DateOnly? recordedOn = null)
    {
        var id = $"zichuan.2024.{partyA}.{(partyB.Kind == DutyHolderKind.Unit ? "unit" : "leader")}-{partyB.Id}";
        return new(id, 2024, partyA, partyB, [], signedOn is { } on ? new PledgeSignature(id, on, null, "dadui", Stamp(recordedOn ?? on)) : null);
    }
}
