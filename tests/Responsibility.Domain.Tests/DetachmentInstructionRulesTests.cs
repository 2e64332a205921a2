namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Inbox;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Domain.Inbox;
using Responsibility.Grains.Domain.Oversight;
using Responsibility.Grains.Domain.Supervision;

/// <summary>
/// 支队督办 and 支队通报 by their rules (issue 20): a 督办 goes to a brigade of the issuing detachment, to no unit; the
/// brigade never closes it; it waits in every BrigadeLeader's inbox until answered, 逾期 once the grace period after its
/// due date is over; a 支队通报 names the brigades its figures name.
/// </summary>
public sealed class DetachmentInstructionRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 10);

    private static readonly BrigadeInfo Brigade = new(
        "zichuan",
        new BrigadeSettings("淄川大队", "总支", "支队", "Asia/Shanghai", null, StatusThresholds.Default, GraceDays: 5),
        [new UnitDefinition("fazhi", "法制室", "科室", null)],
        [new LeaderDefinition("wang", "王立侠", "大队长", true, ["fazhi"], [])],
        [2026],
        new DateOnly(2026, 1, 1),
        "zibo");

    [Fact]
    public void ADetachmentsInstructionGoesToTheBrigadeOnNoUnit()
    {
        var defined = InstructionRules.Define(
            "i1", new InstructionDraft("zichuan", null, null, "  请报送整改情况 ", Today.AddDays(5), DetachmentId: "zibo"), Brigade, null, "zd-leader", Today);

        Assert.Equal((InstructionDefinition.NoUnit, (string?)null, (string?)null, "请报送整改情况", "zibo"), (defined.UnitId, defined.TaskId, defined.LeaderId, defined.Text, defined.DetachmentId));
        Assert.True(defined.IsFromDetachment);
    }

    [Theory]
    [InlineData("other", null, "brigadeId")]
    [InlineData("zibo", "fazhi", "unitId")]
    public void AnotherDetachmentsBrigadeOrANamedUnitIsRefused(string detachmentId, string? unitId, string field)
    {
        var refused = Assert.Throws<DomainException>(() => InstructionRules.Define(
            "i1", new InstructionDraft("zichuan", unitId, null, "督办", null, DetachmentId: detachmentId), Brigade, null, "zd-leader", Today));

        Assert.Equal((ErrorKind.Invalid, field), (refused.Kind, refused.Field));
    }

    [Theory]
    [InlineData(Role.BrigadeLeader)]
    [InlineData(Role.Leader)]
    [InlineData(Role.Admin)]
    public void TheBrigadeNeverClosesIt(Role role)
    {
        var definition = Detachment(null);

        Assert.False(InstructionAuthority.MayClose(role, "zd-leader", "wang", definition, Brigade.Leaders[0]));
        var closer = InstructionAuthority.ExpectedCloser(definition, [new AccountStanding("dadui", "王立侠", Role.BrigadeLeader, null, "wang", false)], Brigade);
        Assert.Equal(CloserKind.Detachment, closer.Kind);
        Assert.False(closer.Includes("dadui", Role.BrigadeLeader, "wang"));
    }

    [Fact]
    public void EveryBrigadeLeaderHasItUntilAnsweredAndItTurnsOverdueAfterTheGracePeriod()
    {
        var open = View(Detachment(Today.AddDays(3)), answered: false, Today);
        var lateInGrace = View(Detachment(Today.AddDays(-3)), answered: false, Today);
        var late = View(Detachment(Today.AddDays(-6)), answered: false, Today);
        var answered = View(Detachment(Today.AddDays(-6)), answered: true, Today);

        var leader = InboxRules.Compose(new InboxReader("dadui", Role.BrigadeLeader, null, "wang"), Facts(open, lateInGrace, late, answered));
        var head = InboxRules.Compose(new InboxReader("fazhi", Role.UnitHead, "fazhi", null), Facts(open, lateInGrace, late, answered));
        var admin = InboxRules.Compose(new InboxReader("clerk", Role.Admin, null, null), Facts(open, lateInGrace, late, answered));

        Assert.Equal(
            [(InboxItemKind.DetachmentInstructionOverdue, true, "late"), (InboxItemKind.DetachmentInstructionToAnswer, true, "lateInGrace"), (InboxItemKind.DetachmentInstructionToAnswer, false, "open")],
            leader.Where(i => i.InstructionId is not null).Select(i => (i.Kind, i.Overdue, i.InstructionId!)).OrderBy(i => i.Item3 == "late" ? 0 : i.Item3 == "lateInGrace" ? 1 : 2));
        Assert.DoesNotContain(head, i => i.InstructionId is not null);
        Assert.DoesNotContain(admin, i => i.InstructionId is not null);
    }

    [Fact]
    public void TheDetachmentsBulletinsNameTheBrigadesTheFiguresName()
    {
        DetachmentDashboardRow Row(string id, string name, int red, double percent, int? rank) => new(
            id, name, percent, 0.5, 4, new StatusCounts(0, 4 - red, 0, red, 0, 0), 0, 0, 0, 0, rank is null ? null : 90 - rank, rank);
        var rows = new[] { Row("zichuan", "淄川大队", 2, 0.3, 3), Row("boshan", "博山大队", 0, 0.6, 2), Row("zhoucun", "周村大队", 0, 0.7, 1) };
        var overdue = View(Detachment(Today.AddDays(-1)) with { Id = "late", BrigadeId = "zhoucun" }, answered: false, Today);
        var facts = new DetachmentBulletinFacts(
            new DetachmentInfo("zibo", new DetachmentSettings("淄博市公安局交通警察支队", "Asia/Shanghai"), [], Today), Today, rows, [overdue]);

        var criticism = DetachmentBulletinDrafts.Criticism(facts);
        var commendation = DetachmentBulletinDrafts.Commendation(facts);
        var situation = DetachmentBulletinDrafts.Situation(facts);

        Assert.Equal(["zichuan", "zhoucun"], criticism.UnitIds);
        Assert.Contains("进度滞后（红灯）任务2项", criticism.Body, StringComparison.Ordinal);
        Assert.Contains("支队督办事项逾期未办结1件", criticism.Body, StringComparison.Ordinal);
        // 周村 ranks first but has an overdue 督办: the best-ranked of the clean ones is 博山.
        Assert.Equal(["boshan"], commendation.UnitIds);
        Assert.Contains("考核排名第2", commendation.Body, StringComparison.Ordinal);
        Assert.Equal(["zichuan", "boshan", "zhoucun"], situation.UnitIds);
    }

    private static InstructionDefinition Detachment(DateOnly? due) => new(
        "i1", "zichuan", InstructionDefinition.NoUnit, null, "请报送整改情况", Today.AddDays(-20), due, "zd-leader", null, null, null, null, "zibo");

    private static InstructionView View(InstructionDefinition definition, bool answered, DateOnly day)
    {
        var id = definition.Id == "i1" && definition.DueDate is { } due
            ? answered ? "answered" : due > day ? "open" : day > due.AddDays(5) ? "late" : "lateInGrace"
            : definition.Id;
        var record = new InstructionRecord(
            definition with { Id = id }, new DateTimeOffset(2026, 5, 21, 1, 0, 0, TimeSpan.Zero),
            answered ? [new InstructionStep(InstructionStepKind.Answered, "dadui", new DateTimeOffset(2026, 6, 1, 1, 0, 0, TimeSpan.Zero), "已办理")] : [],
            answered ? 2 : 1);
        return new InstructionView(record, record.Status(day), day);
    }

    private static InboxFacts Facts(params InstructionView[] views) =>
        new(Brigade, Today, ReportingPeriods.Containing(Brigade.Settings, Today), [], views, [], []);
}
