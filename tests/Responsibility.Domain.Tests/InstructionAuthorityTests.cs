namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// Who may close an instruction and whose 待办 it waits in: 韩振东 (教导员, BrigadeLeader) wrote or recorded it, 高鹏
/// (副大队长) supervises 科技信息室 and is its 督办领导, 刘海涛 supervises 秩序中队 only.
/// </summary>
public sealed class InstructionAuthorityTests
{
    private static readonly BrigadeInfo Brigade = new(
        "zichuan",
        new BrigadeSettings("淄川大队", "总支", "支队", "Asia/Shanghai", null, StatusThresholds.Default),
        [new UnitDefinition("keji", "科技信息室", "科室", null), new UnitDefinition("zhixu", "秩序中队", "中队", null)],
        [
            new LeaderDefinition("hanzhendong", "韩振东", "教导员", false, [], []),
            new LeaderDefinition("gaopeng", "高鹏", "副大队长", false, ["keji"], []),
            new LeaderDefinition("liuhaitao", "刘海涛", "副大队长", false, ["zhixu"], []),
        ],
        [2026],
        new DateOnly(2026, 1, 1));

    private static readonly AccountStanding Han = new("hanzhendong", "韩振东", Role.BrigadeLeader, null, "hanzhendong", false);
    private static readonly AccountStanding Gao = new("gaopeng", "高鹏", Role.Leader, null, "gaopeng", false);
    private static readonly AccountStanding Liu = new("liuhaitao", "刘海涛", Role.Leader, null, "liuhaitao", false);

    [Theory]
    [InlineData(Role.BrigadeLeader, "someone", null, true)]
    [InlineData(Role.Leader, "gaopeng", "gaopeng", true)]
    [InlineData(Role.Leader, "liuhaitao", "liuhaitao", false)]
    [InlineData(Role.Viewer, "hanzhendong", "hanzhendong", false)]
    [InlineData(Role.Admin, "zc-admin", null, false)]
    [InlineData(Role.UnitHead, "keji", null, false)]
    public void BrigadeLeadersAndTheNamedLeaderMayCloseNobodyElse(Role role, string username, string? leaderId, bool may)
    {
        var decision = Instruction(author: "hanzhendong", meeting: true);

        var allowed = InstructionAuthority.MayClose(role, username, leaderId, decision, Array.Find(Brigade.Leaders, l => l.Id == leaderId));

        Assert.Equal(may, allowed);
    }

    [Fact]
    public void LeaderAuthorClosesOnlyWhileTheUnitIsInTheirScope()
    {
        var byLiu = Instruction(author: "liuhaitao", meeting: false, unitId: "zhixu", leaderId: "gaopeng");
        var liuNow = Brigade.Leaders[2];
        var liuMoved = liuNow with { UnitIds = [] };

        Assert.True(InstructionAuthority.MayClose(Role.Leader, "liuhaitao", "liuhaitao", byLiu, liuNow));
        Assert.False(InstructionAuthority.MayClose(Role.Leader, "liuhaitao", "liuhaitao", byLiu, liuMoved));
    }

    [Fact]
    public void DecisionWaitsForItsSupervisingLeaderAndADirectInstructionForItsAuthor()
    {
        var decision = InstructionAuthority.ExpectedCloser(Instruction("hanzhendong", meeting: true), [Han, Gao, Liu], Brigade);
        var direct = InstructionAuthority.ExpectedCloser(Instruction("hanzhendong", meeting: false), [Han, Gao, Liu], Brigade);

        Assert.Equal(new InstructionCloser(CloserKind.SupervisingLeader, null, "gaopeng"), decision);
        Assert.Equal(new InstructionCloser(CloserKind.Author, "hanzhendong", null), direct);
        Assert.True(decision.Includes("gaopeng", Role.Leader, "gaopeng"));
        Assert.False(decision.Includes("hanzhendong", Role.BrigadeLeader, "hanzhendong"));
    }

    [Fact]
    public void WhenTheFirstCanNoLongerActTheOtherIsExpectedAndWhenNeitherCanTheBrigadeLeaders()
    {
        var decision = Instruction("hanzhendong", meeting: true);
        var direct = Instruction("hanzhendong", meeting: false);
        AccountStanding[] gaoDisabled = [Han, Gao with { Disabled = true }, Liu];
        AccountStanding[] hanDemoted = [Han with { Role = Role.Viewer }, Gao, Liu];
        AccountStanding[] bothGone = [Han with { Disabled = true }, Gao with { Role = Role.UnitHead }, Liu];

        Assert.Equal(CloserKind.Author, InstructionAuthority.ExpectedCloser(decision, gaoDisabled, Brigade).Kind);
        Assert.Equal(CloserKind.SupervisingLeader, InstructionAuthority.ExpectedCloser(direct, hanDemoted, Brigade).Kind);
        var nobody = InstructionAuthority.ExpectedCloser(direct, bothGone, Brigade);
        Assert.Equal(CloserKind.BrigadeLeaders, nobody.Kind);
        Assert.True(nobody.Includes("dadui", Role.BrigadeLeader, "wanglixia"));
        Assert.False(nobody.Includes("liuhaitao", Role.Leader, "liuhaitao"));
    }

    private static InstructionDefinition Instruction(string author, bool meeting, string unitId = "keji", string leaderId = "gaopeng") => new(
        "i1", "zichuan", unitId, null, "完成执法记录仪数据上传情况核查", new DateOnly(2026, 11, 26), new DateOnly(2026, 12, 1), author, leaderId,
        meeting ? "m1" : null, meeting ? 1 : null);
}
