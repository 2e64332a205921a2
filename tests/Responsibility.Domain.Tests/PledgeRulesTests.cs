namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain.Duties;

/// <summary>One 责任书 per pair: the 第一责任人 with each other leader, each leader with each unit they supervise.</summary>
public sealed class PledgeRulesTests
{
    private static readonly BrigadeInfo Brigade = new(
        "zichuan",
        new BrigadeSettings("淄川大队", "总支", "支队", "Asia/Shanghai", null, StatusThresholds.Default),
        [new UnitDefinition("fazhi", "法制室", "科室", null), new UnitDefinition("xuanchuan", "宣传中队", "中队", null), new UnitDefinition("keji", "科技室", null, null)],
        [
            new LeaderDefinition("wang", "王立侠", "大队长", true, ["fazhi"], []),
            new LeaderDefinition("han", "韩振东", "教导员", false, ["xuanchuan", "keji"], []),
            new LeaderDefinition("zhao", "赵刚", "副大队长", false, [], []),
        ],
        [2026],
        new DateOnly(2026, 1, 1));

    [Fact]
    public void FirstResponsibleSignsWithEachOtherLeaderAndEachLeaderWithEachUnitTheySupervise()
    {
        var pairs = PledgeRules.Pairs(Brigade, 2026);

        Assert.Equal(
            ["zichuan.2026.wang.leader-han", "zichuan.2026.wang.leader-zhao", "zichuan.2026.wang.unit-fazhi", "zichuan.2026.han.unit-xuanchuan", "zichuan.2026.han.unit-keji"],
            pairs.Select(p => p.Id));
        Assert.All(pairs, p => Assert.Equal(("zichuan", 2026), PledgeIds.Parse(p.Id)));
    }

    [Fact]
    public void PledgeHoldsTheItemsItsSecondPartyHolds()
    {
        DutyItem[] items =
        [
            Item("common", new DutyAssignees(true, [], [])),
            Item("han-only", new DutyAssignees(false, ["han"], [])),
            Item("units", new DutyAssignees(false, [], ["xuanchuan"])),
        ];
        var pairs = PledgeRules.Pairs(Brigade, 2026);

        var han = PledgeRules.Compose(pairs.Single(p => p.Id.EndsWith("leader-han", StringComparison.Ordinal)), 2026, items, null);
        var unit = PledgeRules.Compose(pairs.Single(p => p.Id.EndsWith("unit-xuanchuan", StringComparison.Ordinal)), 2026, items, null);

        Assert.Equal(["common", "han-only"], han.ItemIds);
        Assert.Equal(["units"], unit.ItemIds);
    }

    [Theory]
    [InlineData("zichuan.2026.wang")]
    [InlineData("zichuan.26.wang.leader-han")]
    [InlineData("zichuan.2026.wang.boss-han")]
    [InlineData("../2026.wang.leader-han.x")]
    public void MalformedPledgeIdsNameNoPledge(string id) => Assert.Null(PledgeIds.Parse(id));

    private static DutyItem Item(string id, DutyAssignees assignees) => new(
        id, 2026, "一岗双责", id, "", DutyLine.Accountability, Cadence.Yearly, null, "", assignees, []);
}
