namespace Responsibility.Domain.Tests.Appraisal;

using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Tasks;
using static AppraisalLog;

/// <summary>The task rules against points worked by hand: 按时填报 per cycle, 任务完成, 序时进度, 退回.</summary>
public class TaskRuleTests
{
    /// <summary>
    /// 法制室's task: reported 01-10 (cycle 2024-01 on time), an entry dated 02-20 but recorded 02-27 after February's due
    /// day 02-25 (2024-02 missing), reported 03-05 (2024-03 on time).
    /// </summary>
    private static readonly TaskRecord Reporting = Task(
        "T1", "fazhi", 12, "wang", MetricKind.Count,
        Entry("e1", 1, On(1, 10)), Entry("e2", 1, On(2, 20), recordedOn: On(2, 27)), Entry("e3", 1, On(3, 5)));

    [Fact]
    public void ReportedOnTimeEarnsEachCycleWhoseDueDayPassedWithEveryOwingTaskReported()
    {
        var scheme = Scheme(AppraisalRuleKind.ReportedOnTime, 2);
        var inputs = Inputs([Reporting]);

        var fazhi = Line(scheme, Q1, inputs, On(3, 31), "fazhi");

        Assert.Equal(["fazhi/2024-01", "fazhi/2024-03"], fazhi.Causes.Select(c => c.Id));
        Assert.Equal([On(1, 25), On(3, 25)], fazhi.Causes.Select(c => c.On));
        Assert.Equal(ScoreCauseKind.Cycle, fazhi.Causes[0].Kind);
        Assert.Equal(4, fazhi.Points);
        Assert.Equal(0, Line(scheme, Q1, inputs, On(3, 31), "xuanchuan").Points);
    }

    [Fact]
    public void ReportedOnTimeCountsOnlyCyclesDueByTheDayAskedAndInThePeriod()
    {
        var scheme = Scheme(AppraisalRuleKind.ReportedOnTime, 2);
        var inputs = Inputs([Reporting with { Entries = [.. Reporting.Entries, Entry("e4", 1, On(4, 3))] }]);

        Assert.Equal(["fazhi/2024-01"], Line(scheme, Q1, inputs, On(3, 24), "fazhi").Causes.Select(c => c.Id));
        Assert.Equal(["fazhi/2024-04"], Line(scheme, Q2, inputs, On(4, 30), "fazhi").Causes.Select(c => c.Id));
    }

    [Fact]
    public void LeaderCountsTheCyclesOfTheUnitsTheySupervise()
    {
        var scheme = Scheme(AppraisalRuleKind.ReportedOnTime, 2, subjects: DutyHolderKind.Leader);
        var inputs = Inputs([Reporting]);

        var leaders = Grains.Domain.Appraisal.AutomaticPoints.Count(scheme, Q1, DutyHolderKind.Leader, inputs, On(3, 31));

        Assert.Equal(4, leaders["wang"].Single().Points);
        Assert.Equal(0, leaders["zhao"].Single().Points);
    }

    [Fact]
    public void TaskDoneCountsATaskOnTheDayItsEntryCompletedItInThePeriod()
    {
        var scheme = Scheme(AppraisalRuleKind.TaskDone, 5);
        var inputs = Inputs([
            Task("T2", "fazhi", 10, entries: [Entry("a", 6, On(2, 10)), Entry("b", 4, On(5, 12))]),
            Task("T3", "fazhi", 1, entries: [Entry("c", 1, On(3, 3))]),
        ]);

        var q1 = Line(scheme, Q1, inputs, On(6, 30), "fazhi");
        var q2 = Line(scheme, Q2, inputs, On(6, 30), "fazhi");

        Assert.Equal([("T3", On(3, 3))], q1.Causes.Select(c => (c.Id, c.On)));
        Assert.Equal([("T2", On(5, 12))], q2.Causes.Select(c => (c.Id, c.On)));
        Assert.Equal("T2 任务T2", q2.Causes[0].Label);
        Assert.Equal(5, q2.Points);
        Assert.Empty(Line(scheme, Q2, inputs, On(5, 11), "fazhi").Causes);
    }

    [Fact]
    public void RateTaskIsDoneOnItsDueDayWhenItStillHoldsThen()
    {
        var scheme = Scheme(AppraisalRuleKind.TaskDone, 5);
        var rate = Task("R1", "fazhi", 90, kind: MetricKind.Rate, entries: [Entry("a", 95, On(2, 10))]);
        var inputs = Inputs([rate with { Definition = rate.Definition with { Due = On(3, 31) } }]);

        Assert.Equal([On(3, 31)], Line(scheme, Q1, inputs, On(6, 30), "fazhi").Causes.Select(c => c.On));
        Assert.Empty(Line(scheme, Q1, inputs, On(3, 30), "fazhi").Causes);
    }

    [Fact]
    public void TaskDoneKeepsTheLineWithinItsMaximum()
    {
        var scheme = Scheme(AppraisalRuleKind.TaskDone, 5, max: 8);
        var inputs = Inputs([Task("T4", "fazhi", 1, entries: [Entry("a", 1, On(1, 3))]), Task("T5", "fazhi", 1, entries: [Entry("b", 1, On(2, 3))])]);

        var line = Line(scheme, Q1, inputs, On(3, 31), "fazhi");

        Assert.Equal(2, line.Causes.Length);
        Assert.Equal(8, line.Points);
    }

    [Fact]
    public void TaskOnPaceCountsGreenAndDoneTasksJudgedAtThePeriodsEnd()
    {
        // On 03-31 a year-long task is expected at 91/366 ≈ 24.9 %: 20 % lags 4.9 points (Green), 10 % lags 14.9 (Yellow).
        var scheme = Scheme(AppraisalRuleKind.TaskOnPace, 3);
        var inputs = Inputs([
            Task("P1", "fazhi", 100, entries: [Entry("a", 20, On(3, 1))]),
            Task("P2", "fazhi", 100, entries: [Entry("b", 10, On(3, 1))]),
            Task("P3", "fazhi", 5, entries: [Entry("c", 5, On(2, 1))]),
            Task("P4", "fazhi", 100),
        ]);

        var line = Line(scheme, Q1, inputs, On(6, 30), "fazhi");

        Assert.Equal(["P1", "P3"], line.Causes.Select(c => c.Id));
        Assert.All(line.Causes, c => Assert.Equal(On(3, 31), c.On));
        Assert.Equal(6, line.Points);
    }

    [Fact]
    public void TaskRulesCountForTheLeaderTheTaskNamesAsResponsibleOnce()
    {
        var scheme = Scheme(AppraisalRuleKind.TaskDone, 5, subjects: DutyHolderKind.Leader);
        var inputs = Inputs([
            Task("T6", "xuanchuan", 1, "li", entries: [Entry("a", 1, On(1, 3))]),
            Task("T7", "fazhi", 1, "wang", entries: [Entry("b", 1, On(1, 4))]),
        ]);

        var leaders = Grains.Domain.Appraisal.AutomaticPoints.Count(scheme, Q1, DutyHolderKind.Leader, inputs, On(3, 31));

        Assert.Equal(["T6"], leaders["li"].Single().Causes.Select(c => c.Id));
        Assert.Equal(["T6"], leaders["zhao"].Single().Causes.Select(c => c.Id));
        Assert.Equal(["T7"], leaders["wang"].Single().Causes.Select(c => c.Id));
    }

    [Fact]
    public void EntryReturnedDeductsFromTheBaseOnTheDayOfTheReturnAndNeverBelowZero()
    {
        var scheme = Scheme(AppraisalRuleKind.EntryReturned, -2, max: 10, @base: 3);
        var inputs = Inputs([Task("T8", "fazhi", 12, entries: [
            Entry("r1", 1, On(3, 2)).ReturnedOn(On(3, 4)),
            Entry("r2", 1, On(3, 20)).ReturnedOn(On(4, 2)),
            Entry("r3", 1, On(4, 3)).ReturnedOn(On(4, 5)),
        ])]);

        var q1 = Line(scheme, Q1, inputs, On(6, 30), "fazhi");
        var q2 = Line(scheme, Q2, inputs, On(6, 30), "fazhi");

        Assert.Equal([("r1", "T8", On(3, 4), -2m)], q1.Causes.Select(c => (c.Id, c.TaskId, c.On, c.Points)));
        Assert.Equal(1, q1.Points);
        Assert.Equal(["r2", "r3"], q2.Causes.Select(c => c.Id));
        Assert.Equal(0, q2.Points);
        Assert.Equal(3, Line(scheme, Q2, inputs, On(4, 1), "fazhi").Points);
    }
}
