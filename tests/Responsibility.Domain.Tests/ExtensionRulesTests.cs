namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Domain.Oversight;

/// <summary>Who decides a 延期申请, and what a request must be.</summary>
public sealed class ExtensionRulesTests
{
    private static readonly DateOnly Due = new(2026, 6, 30);

    [Theory]
    [InlineData(1, 30, "zhao", "zhao")]
    [InlineData(1, 31, "zhao", null)]
    [InlineData(2, 5, "zhao", null)]
    [InlineData(1, 5, null, null)]
    public void FirstExtensionOfAMonthGoesToTheSupervisingLeaderAnythingElseToTheBrigadeLeaders(
        int ordinal, int days, string? leaderId, string? expected)
    {
        var approver = ExtensionRules.Approver(ordinal, Due, Due.AddDays(days), leaderId);

        Assert.Equal(expected, approver.LeaderId);
        Assert.Equal(expected is null, approver.BrigadeLeaders);
    }

    [Theory]
    [InlineData("2026-06-30", "2026-07-10", false, null)]
    [InlineData("2026-07-01", "2026-07-10", false, "target")]
    [InlineData("2026-07-01", "2026-07-10", true, null)]
    [InlineData("2026-06-20", "2026-06-30", false, "proposedDue")]
    [InlineData("2026-06-20", "2027-06-21", false, "proposedDue")]
    public void RequestComesBeforeTheDueDateUnlessALeaderSetsItAndProposesALaterDateWithinAYear(
        string today, string proposed, bool setByLeader, string? field)
    {
        var draft = Draft(DateOnly.Parse(proposed), "雨季施工受阻");

        var error = Record.Exception(() => ExtensionRules.Check(draft, Deadline.Fixed(Due), setByLeader, DateOnly.Parse(today)));

        Assert.Equal(field, (error as DomainException)?.Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void RequestNeedsAReason(string reason)
    {
        var error = Assert.Throws<DomainException>(() => ExtensionRules.Check(Draft(Due.AddDays(5), reason), Deadline.Fixed(Due), false, Due));

        Assert.Equal((ErrorKind.Invalid, "reason"), (error.Kind, error.Field));
    }

    [Fact]
    public void OverlongTextsAreRefusedByField()
    {
        var reason = Assert.Throws<DomainException>(() => ExtensionRules.Check(Draft(Due.AddDays(5), new string('理', 1001)), Deadline.Fixed(Due), false, Due));
        var progress = Assert.Throws<DomainException>(() => ExtensionRules.Check(
            Draft(Due.AddDays(5), "理由") with { Progress = new string('进', 2001) }, Deadline.Fixed(Due), false, Due));

        Assert.Equal(("reason", "progress"), (reason.Field, progress.Field));
    }

    private static ExtensionDraft Draft(DateOnly proposed, string reason) =>
        new("zichuan", new ExtensionTarget(ExtensionTargetKind.Task, "t1"), proposed, reason, null, []);
}
