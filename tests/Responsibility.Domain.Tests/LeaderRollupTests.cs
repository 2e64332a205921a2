namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;
using static Build;
using static Zichuan;

/// <summary>一岗双责: a leader's rollup puts business work and accountability side by side.</summary>
public class LeaderRollupTests
{
    [Fact]
    public void HeadsRollupSplitsTheirTasksIntoBusinessAndAccountability()
    {
        var rollup = BrigadeRollupComposer.ForLeader(Head, JudgedMidYear());

        Assert.Equal("leader-wang", rollup.LeaderId);
        Assert.Equal("王建国", rollup.Name);
        Assert.Equal("大队长", rollup.Post);
        Assert.True(rollup.IsFirstResponsible);
        Assert.Equal(1, rollup.Business.TaskCount);
        Assert.Equal(0.5, rollup.Business.Percent, 12);
        Assert.Equal(1, rollup.Accountability.TaskCount);
        Assert.Equal(0.25, rollup.Accountability.Percent, 12);
    }

    [Fact]
    public void DeputysRollupHoldsOnlyTheTasksTheySupervise()
    {
        var rollup = BrigadeRollupComposer.ForLeader(Deputy, JudgedMidYear());

        Assert.False(rollup.IsFirstResponsible);
        Assert.Equal(2, rollup.Business.TaskCount);
        Assert.Equal((0.6 + 0.2) / 2, rollup.Business.Percent, 12);
        Assert.Equal(["发稿"], rollup.Business.Lagging.Select(l => l.Title));
        Assert.Equal(1, rollup.Accountability.TaskCount);
        Assert.Equal(1, rollup.Accountability.Counts.Done);
    }

    [Fact]
    public void TaskAssignedToAnotherLeaderCountsForThatLeaderNotTheUnitsSupervisor()
    {
        var lecture = CountTask("一中队法治讲座", 2) with
        {
            Code = "Z-06", UnitId = FirstSquadron.Id, LeaderId = Head.Id, DutyLine = DutyLine.Accountability,
        };
        var tasks = JudgedMidYear().Append(Judge(lecture, MidYear, Entry(1, On(5, 1)))).ToList();

        var head = BrigadeRollupComposer.ForLeader(Head, tasks);
        var deputy = BrigadeRollupComposer.ForLeader(Deputy, tasks);

        Assert.Equal(2, head.Accountability.TaskCount);
        Assert.Equal((0.25 + 0.5) / 2, head.Accountability.Percent, 12);
        Assert.Equal(1, deputy.Accountability.TaskCount);
    }

    [Fact]
    public void LeaderWithNoTasksHasEmptyRollupsOnBothLines()
    {
        var political = new LeaderDefinition(
            "leader-zhao", "赵红梅", "教导员", false, [], ["党风廉政"]);

        var rollup = BrigadeRollupComposer.ForLeader(political, JudgedMidYear());

        Assert.Equal(0, rollup.Business.TaskCount);
        Assert.Equal(0, rollup.Accountability.TaskCount);
    }

    [Fact]
    public void ComposedBrigadeRollupHasOneLeaderRollupPerLeaderInOrder()
    {
        var rollup = BrigadeRollupComposer.Compose("zichuan", Year, MidYear, Units, Leaders, JudgedMidYear());

        Assert.Equal(["leader-wang", "leader-li"], rollup.Leaders.Select(l => l.LeaderId));
        Assert.Equal(2, rollup.Leaders[1].Business.TaskCount);
    }
}
