namespace Responsibility.Domain.Tests.Appraisal;

using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Domain.Appraisal;
using Responsibility.Grains.Domain.Reports;
using static AppraisalLog;

/// <summary>The 督办 and 督责 rules against points worked by hand: closed on time by the original date, extensions, 通报.</summary>
public class OversightRuleTests
{
    [Fact]
    public void InstructionClosedOnTimeJudgesByTheOriginalDueDateAndTheLastClosing()
    {
        var scheme = Scheme(AppraisalRuleKind.InstructionClosedOnTime, 4);
        var inputs = Inputs(instructions: [
            Instruction("I1", "fazhi", On(3, 20), Step(InstructionStepKind.Closed, On(3, 18))),
            Instruction("I2", "fazhi", On(3, 20), Step(InstructionStepKind.Extended, On(3, 15), On(4, 10)), Step(InstructionStepKind.Closed, On(4, 1))),
            Instruction("I3", "fazhi", On(3, 31), Step(InstructionStepKind.Closed, On(3, 25)), Step(InstructionStepKind.Reopened, On(3, 27)), Step(InstructionStepKind.Closed, On(3, 29))),
            Instruction("I4", "fazhi", On(4, 30), Step(InstructionStepKind.Closed, On(4, 20))),
            Instruction("I5", "fazhi", On(3, 31), Step(InstructionStepKind.Closed, On(3, 10)), Step(InstructionStepKind.Reopened, On(3, 12))),
            Instruction("I6", "xuanchuan", null, Step(InstructionStepKind.Closed, On(2, 2))),
        ]);

        var fazhi = Line(scheme, Q1, inputs, On(6, 30), "fazhi");

        Assert.Equal([("I1", On(3, 18)), ("I3", On(3, 29))], fazhi.Causes.Select(c => (c.Id, c.On)));
        Assert.Equal(8, fazhi.Points);
        Assert.Equal(["I6"], Line(scheme, Q1, inputs, On(6, 30), "xuanchuan").Causes.Select(c => c.Id));
        Assert.DoesNotContain(Line(scheme, Q2, inputs, On(6, 30), "fazhi").Causes, c => c.Id == "I2");
        Assert.Equal([("I1", On(3, 18)), ("I3", On(3, 25))], Line(scheme, Q1, inputs, On(3, 26), "fazhi").Causes.Select(c => (c.Id, c.On)));
    }

    [Fact]
    public void RectificationClosedOnTimeJudgesByTheOriginalDueDate()
    {
        var scheme = Scheme(AppraisalRuleKind.RectificationClosedOnTime, 3, subjects: DutyHolderKind.Leader);
        var onTime = Rectification("R1", "fazhi", "li", On(5, 31))
            .Then(RectificationStepKind.Reported, At(5, 18)).Then(RectificationStepKind.Closed, At(5, 20));
        var extended = Rectification("R2", "fazhi", "wang", On(5, 31))
            .Extended(At(5, 25), On(6, 30)).Then(RectificationStepKind.Reported, At(6, 8)).Then(RectificationStepKind.Closed, At(6, 10));
        var inputs = Inputs(oversight: OversightInputs.None with { Rectifications = [onTime, extended] });

        var leaders = AutomaticPoints.Count(scheme, Q2, DutyHolderKind.Leader, inputs, On(6, 30));

        Assert.Equal([("R1", On(5, 20), 3m)], leaders["wang"].Single().Causes.Select(c => (c.Id, c.On, c.Points)));
        Assert.Equal(["R1"], leaders["li"].Single().Causes.Select(c => c.Id));
        Assert.Empty(leaders["zhao"].Single().Causes);
    }

    [Fact]
    public void ExtensionCountsGrantedRequestsForTheTargetsHolderAndTheUnitsLeaders()
    {
        var scheme = Scheme(AppraisalRuleKind.Extension, -1, max: 5, @base: 5);
        var leaderScheme = scheme with { Indicators = [scheme.Indicators[0] with { Subjects = DutyHolderKind.Leader }] };
        var inputs = Inputs(
            tasks: [Task("T1", "fazhi", 10, "li")],
            oversight: OversightInputs.None with
            {
                Extensions = [
                    Extension("x1", new ExtensionTarget(ExtensionTargetKind.Task, "T1"), "fazhi", On(2, 8)),
                    Extension("x2", new ExtensionTarget(ExtensionTargetKind.Task, "T1"), "fazhi", On(2, 9), granted: false),
                    Extension("x3", new ExtensionTarget(ExtensionTargetKind.DutySlot, "talk:2024-02", LeaderId: "zhao"), null, On(3, 1)),
                    Extension("x4", new ExtensionTarget(ExtensionTargetKind.DutySlot, "study:2024-Q1", UnitId: "xuanchuan"), "xuanchuan", On(3, 2)),
                    Extension("x5", new ExtensionTarget(ExtensionTargetKind.Instruction, "I1"), "fazhi", On(4, 2)),
                ],
            });

        var units = AutomaticPoints.Count(scheme, Q1, DutyHolderKind.Unit, inputs, On(6, 30));
        var leaders = AutomaticPoints.Count(leaderScheme, Q1, DutyHolderKind.Leader, inputs, On(6, 30));

        Assert.Equal(["x1"], units["fazhi"].Single().Causes.Select(c => c.Id));
        Assert.Equal(4, units["fazhi"].Single().Points);
        Assert.Equal(["x4"], units["xuanchuan"].Single().Causes.Select(c => c.Id));
        Assert.Equal(["x1"], leaders["wang"].Single().Causes.Select(c => c.Id));
        Assert.Equal(["x1"], leaders["li"].Single().Causes.Select(c => c.Id));
        Assert.Equal(["x3"], leaders["zhao"].Single().Causes.Select(c => c.Id));
    }

    [Fact]
    public void BulletinsCountOnceForEachUnitTheyNameAndOnceForTheirLeaders()
    {
        var both = Bulletin("b1", BulletinKind.Commendation, On(4, 15), "fazhi", "xuanchuan");
        var criticism = Bulletin("b2", BulletinKind.Criticism, On(5, 1), "fazhi", "yizhongdui");
        var draft = Bulletin("b3", BulletinKind.Commendation, null, "fazhi");
        var inputs = Inputs(oversight: OversightInputs.None with { Bulletins = [both, criticism, draft] });
        var commended = Scheme(AppraisalRuleKind.Commended, 3, max: 20, @base: 10);
        var criticised = Scheme(AppraisalRuleKind.Criticised, -3, max: 20, @base: 10);

        Assert.Equal(13, Line(commended, Q2, inputs, On(6, 30), "fazhi").Points);
        Assert.Equal(13, Line(commended, Q2, inputs, On(6, 30), "xuanchuan").Points);
        Assert.Equal(10, Line(commended, Q2, inputs, On(6, 30), "yizhongdui").Points);
        Assert.Equal(7, Line(criticised, Q2, inputs, On(6, 30), "yizhongdui").Points);
        Assert.Equal(10, Line(criticised, Q2, inputs, On(4, 30), "yizhongdui").Points);
        Assert.Equal(10, Line(commended, Q1, inputs, On(6, 30), "fazhi").Points);
        Assert.Equal(["b2"], Line(criticised with { Indicators = [criticised.Indicators[0] with { Subjects = DutyHolderKind.Leader }] }, Q2, inputs, On(6, 30), "li", DutyHolderKind.Leader).Causes.Select(c => c.Id));
    }
}
