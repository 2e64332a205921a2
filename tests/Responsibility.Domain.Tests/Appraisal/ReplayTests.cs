namespace Responsibility.Domain.Tests.Appraisal;

using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain.Appraisal;
using Responsibility.Grains.Domain.Reports;
using static AppraisalLog;

/// <summary>A score as of a day is the score as it stood that day: facts recorded later are not known yet.</summary>
public class ReplayTests
{
    private static readonly AppraisalScheme Scheme = AppraisalScheme.Empty("zichuan", 2024) with
    {
        Indicators = [
            new("A", "过程管理", null, 30, DutyHolderKind.Unit, null, null),
            new("A1", "按时填报", "A", 10, DutyHolderKind.Unit, new(AppraisalRuleKind.ReportedOnTime, 2), null),
            new("A2", "填报被退回", "A", 5, DutyHolderKind.Unit, new(AppraisalRuleKind.EntryReturned, -1, 5), null),
            new("A3", "整改按期销号", "A", 10, DutyHolderKind.Unit, new(AppraisalRuleKind.RectificationClosedOnTime, 3), null),
            new("B", "自评", null, 10, DutyHolderKind.Unit, null, null),
        ],
    };

    /// <summary>
    /// 法制室: the entry of 01-10 reported January on time and was returned on 02-03; February reported 02-10; March's entry
    /// is dated 03-20 but was recorded on 04-02, after March's due day. A 整改 item due 03-31 was 销号 on 03-28.
    /// </summary>
    private static readonly ScoringInputs Log = Inputs(
        tasks: [Task("T1", "fazhi", 12, entries: [
            Entry("e1", 1, On(1, 10)).ReturnedOn(On(2, 3)),
            Entry("e2", 1, On(2, 10)),
            Entry("e3", 1, On(3, 20), recordedOn: On(4, 2)),
        ])],
        oversight: OversightInputs.None with
        {
            Rectifications = [Rectification("R1", "fazhi", "wang", On(3, 31)).Then(RectificationStepKind.Closed, At(3, 28))],
        });

    [Fact]
    public void ScoreAsOfAnEarlierDayIsTheScoreAsItStoodThen()
    {
        Assert.Equal([("A1", 2m), ("A2", 5m), ("A3", 0m)], Points(On(1, 31)));
        Assert.Equal([("A1", 4m), ("A2", 4m), ("A3", 0m)], Points(On(3, 27)));
        Assert.Equal([("A1", 4m), ("A2", 4m), ("A3", 3m)], Points(On(3, 31)));
        Assert.Equal([("A1", 4m), ("A2", 4m), ("A3", 3m)], Points(On(4, 5)));
    }

    [Fact]
    public void EntryReturnedAfterTheDueDayStillReportedItsCycle()
    {
        var january = AutomaticPoints.Count(Scheme, Q1, DutyHolderKind.Unit, Log, On(3, 31))["fazhi"].Single(l => l.Indicator == "A1");

        Assert.Equal(["fazhi/2024-01", "fazhi/2024-02"], january.Causes.Select(c => c.Id));
    }

    [Fact]
    public void EntryReturnedBeforeTheDueDayLeavesTheCycleUnreported()
    {
        var returnedEarly = Log with
        {
            Tasks = [Log.Tasks[0] with { Entries = [Entry("e1", 1, On(1, 10)).ReturnedOn(On(1, 20)), .. Log.Tasks[0].Entries[1..]] }],
        };

        var line = AutomaticPoints.Count(Scheme, Q1, DutyHolderKind.Unit, returnedEarly, On(3, 31))["fazhi"].Single(l => l.Indicator == "A1");

        Assert.Equal(["fazhi/2024-02"], line.Causes.Select(c => c.Id));
    }

    [Fact]
    public void ManualAndGroupingIndicatorsAreNotCounted()
    {
        var lines = AutomaticPoints.Count(Scheme, Q1, DutyHolderKind.Unit, Log, On(3, 31));

        Assert.Equal(["fazhi", "xuanchuan", "yizhongdui"], lines.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([("A1", 0m), ("A2", 5m), ("A3", 0m)], lines["xuanchuan"].Select(l => (l.Indicator, l.Points)));
    }

    private static (string, decimal)[] Points(DateOnly asOf) =>
        [.. AutomaticPoints.Count(Scheme, Q1, DutyHolderKind.Unit, Log, asOf)["fazhi"].Select(l => (l.Indicator, l.Points))];
}
