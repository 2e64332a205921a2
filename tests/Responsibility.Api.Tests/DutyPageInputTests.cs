namespace Responsibility.Api.Tests;

using Responsibility.Api.Common;
using Responsibility.Api.Pages;
using Responsibility.Grains.Abstractions.Duties;

/// <summary>What the duty pages make of a form before the API's request sees it, and how they name slots and the 签订率.</summary>
public sealed class DutyPageInputTests
{
    [Fact]
    public void ParticipantsAreReadAsWrittenOnPaper()
    {
        Assert.Equal(["刘晓燕", "李明", "王强", "孙建华"], PeopleList.Split(" 刘晓燕、李明，王强\n\n孙建华、 "));
        Assert.Empty(PeopleList.Split(null));
    }

    [Fact]
    public void ARecordWithoutFollowUpFieldsCarriesNoFollowUp()
    {
        var input = new RecordInput { Kind = DutyRecordKind.Talk, OccurredOn = new(2026, 3, 5), Content = " 谈心 ", SlotIds = ["tanhua:2026-03"] };

        var request = input.ToRequest(DutyHolder.Leader("zichuan", "zhao"));

        Assert.Null(request.FollowUp);
        Assert.Equal("zhao", request.LeaderId);
        Assert.Null(request.UnitId);
        Assert.Equal("zichuan", request.BrigadeId);
        Assert.Equal("谈心", request.Content);
    }

    [Fact]
    public void AnyFollowUpFieldWrittenSendsTheFollowUpForTheRulesToJudge()
    {
        var written = new RecordInput { Kind = DutyRecordKind.Interview, FollowUpText = " 限期整改 ", FollowUpUnitIds = ["xuanchuan"], FollowUpDue = new(2026, 4, 30) };
        var unitsOnly = new RecordInput { Kind = DutyRecordKind.Talk, FollowUpUnitIds = ["xuanchuan"] };

        var request = written.ToRequest(DutyHolder.Leader("zichuan", "zhao"));

        Assert.Equal("限期整改", request.FollowUp!.Text);
        Assert.Equal(["xuanchuan"], request.FollowUp.UnitIds);
        Assert.Equal(new DateOnly(2026, 4, 30), request.FollowUp.DueDate);
        Assert.NotNull(unitsOnly.ToRequest(DutyHolder.Unit("zichuan", "fazhi")).FollowUp);
        Assert.Equal("fazhi", unitsOnly.ToRequest(DutyHolder.Unit("zichuan", "fazhi")).UnitId);
    }

    [Fact]
    public void IdsThePagesChooseAreSlugsAndNeverRepeat()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => NewIds.Of("qd")).ToArray();

        Assert.All(ids, id => Assert.Matches(Slug.Pattern(), id));
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("tanhua:2026-03", "2026年3月")]
    [InlineData("tanhua:2026-Q2", "2026年第二季度")]
    [InlineData("tanhua:2026-H2", "2026年下半年")]
    [InlineData("jingshi:2026", "2026年")]
    public void SlotsAreNamedByTheirPeriod(string slotId, string expected) => Assert.Equal(expected, DutyDisplay.SlotPeriod(slotId));

    [Fact]
    public void TheSignedRateShowsTheShareAndTheCount()
    {
        Assert.EndsWith("（2/3）", DutyDisplay.SignedRate(2, 3));
        Assert.Equal("暂无责任书", DutyDisplay.SignedRate(0, 0));
    }
}
