namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;

/// <summary>
/// A year's 考核 (the cluster's clock stands at 2024-06-15, so 2024-Q1 has ended and 2024-Q2 has not): the scheme's
/// checks and copy, 自评分 and 考核组评分 kept apart, a difference needing a reason, the lock and adjustments, ranks and 档次.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class AppraisalTests(ClusterFixture cluster)
{
    private const string Admin = TestBrigade.Admin;

    /// <summary>Two levels for units (a group of two manual lines, one automatic line) and one manual line for leaders.</summary>
    public static AppraisalIndicator[] Indicators() =>
    [
        new("1", "党风廉政建设", null, 60, DutyHolderKind.Unit, null, null),
        new("1.1", "责任落实", "1", 30, DutyHolderKind.Unit, null, "制定责任清单并落实，缺一项扣 2 分。"),
        new("1.2", "廉政教育", "1", 30, DutyHolderKind.Unit, null, null),
        new("2", "通报批评", null, 40, DutyHolderKind.Unit, new AppraisalRule(AppraisalRuleKind.Criticised, -2, 30), null),
        new("L1", "履职尽责", null, 100, DutyHolderKind.Leader, null, null),
    ];

    private IAppraisalGrain Appraisal(string brigadeId, int year = 2024) =>
        cluster.Grains.GetGrain<IAppraisalGrain>(GrainKeys.Appraisal(brigadeId, year));

    private async Task<(TestBrigade Brigade, IAppraisalGrain Grain)> WithScheme(GradeThresholds? grades = null)
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var grain = Appraisal(brigade.Id);
        await grain.PutScheme(AppraisalPeriodKind.Quarter, grades ?? GradeThresholds.Default, Indicators(), Admin);
        return (brigade, grain);
    }

    [Theory]
    [InlineData(0, "indicators[1].code")]
    [InlineData(1, "indicators[1].parent")]
    [InlineData(2, "indicators[2].parent")]
    [InlineData(3, "indicators[1].subjects")]
    [InlineData(4, "indicators[0].maxPoints")]
    [InlineData(5, "indicators[0].maxPoints")]
    [InlineData(6, "indicators[3].rule.points")]
    [InlineData(7, "indicators[3].rule.base")]
    [InlineData(8, "grades.competent")]
    [InlineData(9, "indicators")]
    [InlineData(10, "indicators[0].maxPoints")]
    public async Task SchemeProblemsAreRefusedNamingTheFieldAndChangeNothing(int problem, string field)
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var good = Indicators();
        var grades = GradeThresholds.Default;
        AppraisalIndicator[] bad = problem switch
        {
            0 => [good[0], good[0] with { Name = "重复" }],
            1 => [good[0], good[1] with { Parent = "9" }],
            2 => [good[0], good[1], good[1] with { Code = "1.1.1", Parent = "1.1" }],
            3 => [good[0], good[1] with { Subjects = DutyHolderKind.Leader }],
            4 => [good[0] with { MaxPoints = 1001 }],
            5 => [good[0] with { MaxPoints = -1 }],
            6 => [.. good[..3], good[3] with { Rule = new AppraisalRule(AppraisalRuleKind.TaskDone, -1000.5m) }],
            7 => [.. good[..3], good[3] with { Rule = new AppraisalRule(AppraisalRuleKind.TaskDone, 1, 41) }],
            8 => good,
            9 => [.. Enumerable.Range(0, 201).Select(i => good[4] with { Code = $"L{i}" })],
            _ => [good[0] with { MaxPoints = 50 }, good[1], good[2]],
        };
        if (problem == 8)
        {
            grades = new GradeThresholds(80, 85, 60);
        }

        var refused = await Assert.ThrowsAsync<DomainException>(() => Appraisal(brigade.Id).PutScheme(AppraisalPeriodKind.Quarter, grades, bad, Admin));

        Assert.Equal((ErrorKind.Invalid, field), (refused.Kind, refused.Field));
        Assert.Equal(0, (await Appraisal(brigade.Id).GetScheme()).Version);
    }

    [Fact]
    public async Task SchemeIsKeptWithAVersionAndCopiedIntoAnEmptyYearOnce()
    {
        var (brigade, grain) = await WithScheme();
        var again = await grain.PutScheme(AppraisalPeriodKind.Quarter, GradeThresholds.Default, Indicators(), Admin);
        var next = Appraisal(brigade.Id, 2025);

        var copied = await next.CopyFrom(2024, "office");
        var twice = await Assert.ThrowsAsync<DomainException>(() => next.CopyFrom(2024, "office"));
        var nothing = await Assert.ThrowsAsync<DomainException>(() => Appraisal(brigade.Id, 2026).CopyFrom(2023, "office"));

        Assert.Equal(1, again.Version);
        Assert.Equal((2025, 1, "office", 5), (copied.Year, copied.Version, copied.UpdatedBy, copied.Indicators.Length));
        Assert.Equal(Indicators().Select(i => i.Code), (await next.GetScheme()).Indicators.Select(i => i.Code));
        Assert.Equal(ErrorKind.Conflict, twice.Kind);
        Assert.Equal((ErrorKind.Invalid, "from"), (nothing.Kind, nothing.Field));
    }

    [Fact]
    public async Task SelfAndReviewAreKeptApartAndTheReviewCounts()
    {
        var (brigade, grain) = await WithScheme();
        var unit = DutyHolder.Unit(brigade.Id, "fazhi");

        await grain.PutSelf("2024-Q1", unit, [new("1.1", 28, "清单已落实", []), new("1.2", 30, null, [])], "fazhi-head");
        var reviewed = await grain.PutReview("2024-Q1", unit, [new("1.1", 25, "缺两项"), new("1.2", 30, null)], "dadui");
        var selfAgain = await grain.PutSelf("2024-Q1", unit, [new("1.1", 29, "补充材料", []), new("1.2", 30, null, [])], "fazhi-head");

        var line = selfAgain.Lines.Single(l => l.Indicator == "1.1");
        Assert.Equal((29m, 25m, "缺两项", 25m), (line.Self!.Points, line.Review!.Points, line.Review.Reason, line.Points));
        Assert.Equal(25m + 30m + 30m, selfAgain.Points);
        Assert.Equal(reviewed.Points, selfAgain.Points);
    }

    [Fact]
    public async Task ReviewDifferingFromSelfOrAutomaticNeedsAReason()
    {
        var (brigade, grain) = await WithScheme();
        var unit = DutyHolder.Unit(brigade.Id, "fazhi");
        await grain.PutSelf("2024-Q1", unit, [new("1.1", 28, null, [])], "fazhi-head");

        var manual = await Assert.ThrowsAsync<DomainException>(() => grain.PutReview("2024-Q1", unit, [new("1.2", 20, null), new("1.1", 26, " ")], "dadui"));
        var automatic = await Assert.ThrowsAsync<DomainException>(() => grain.PutReview("2024-Q1", unit, [new("2", 35, null)], "dadui"));
        var agreed = await grain.PutReview("2024-Q1", unit, [new("1.1", 28, null), new("2", 30, null), new("1.2", 20, null)], "dadui");

        Assert.Equal((ErrorKind.Invalid, "lines[1].reason"), (manual.Kind, manual.Field));
        Assert.Equal((ErrorKind.Invalid, "lines[0].reason"), (automatic.Kind, automatic.Field));
        Assert.Equal(28m + 20m + 30m, agreed.Points);
    }

    [Fact]
    public async Task EntriesAreRefusedBeforeThePeriodEndsAndForUnknownLinesOrSubjects()
    {
        var (brigade, grain) = await WithScheme();
        var unit = DutyHolder.Unit(brigade.Id, "fazhi");

        var early = await Assert.ThrowsAsync<DomainException>(() => grain.PutSelf("2024-Q2", unit, [new("1.1", 1, null, [])], "fazhi-head"));
        var yearly = await Assert.ThrowsAsync<DomainException>(() => grain.PutSelf("2024", unit, [new("1.1", 1, null, [])], "fazhi-head"));
        var otherYear = await Assert.ThrowsAsync<DomainException>(() => grain.GetScores("2023-Q1", DutyHolderKind.Unit, null));
        var leaderLine = await Assert.ThrowsAsync<DomainException>(() => grain.PutSelf("2024-Q1", unit, [new("L1", 1, null, [])], "fazhi-head"));
        var group = await Assert.ThrowsAsync<DomainException>(() => grain.PutSelf("2024-Q1", unit, [new("1", 1, null, [])], "fazhi-head"));
        var tooMany = await Assert.ThrowsAsync<DomainException>(() => grain.PutSelf("2024-Q1", unit, [new("1.1", 30.5m, null, [])], "fazhi-head"));
        var fraction = await Assert.ThrowsAsync<DomainException>(() => grain.PutSelf("2024-Q1", unit, [new("1.1", 0.001m, null, [])], "fazhi-head"));
        var twice = await Assert.ThrowsAsync<DomainException>(() => grain.PutSelf("2024-Q1", unit, [new("1.1", 1, null, []), new("1.1", 2, null, [])], "fazhi-head"));
        var nobody = await Assert.ThrowsAsync<DomainException>(() => grain.PutSelf("2024-Q1", DutyHolder.Unit(brigade.Id, "nobody"), [], "x"));

        Assert.Equal(ErrorKind.Conflict, early.Kind);
        Assert.Equal([(ErrorKind.Invalid, "period"), (ErrorKind.Invalid, "period")], new[] { yearly, otherYear }.Select(e => (e.Kind, e.Field)));
        Assert.Equal(
            [(ErrorKind.Invalid, "lines[0].indicator"), (ErrorKind.Invalid, "lines[0].indicator"), (ErrorKind.Invalid, "lines[0].points"), (ErrorKind.Invalid, "lines[0].points"), (ErrorKind.Invalid, "lines[1].indicator")],
            new[] { leaderLine, group, tooMany, fraction, twice }.Select(e => (e.Kind, e.Field)));
        Assert.Equal(ErrorKind.NotFound, nobody.Kind);
        Assert.All((await grain.GetScores("2024-Q1", DutyHolderKind.Unit, null)).Scores.SelectMany(s => s.Lines), l => Assert.Null(l.Self));
    }

    [Fact]
    public async Task LockFreezesTheLinesAndLaterChangesAreAdjustmentsWithWhoAndWhy()
    {
        var (brigade, grain) = await WithScheme();
        var unit = DutyHolder.Unit(brigade.Id, "fazhi");
        await grain.PutReview("2024-Q1", unit, [new("1.1", 20, null)], "dadui");

        var early = await Assert.ThrowsAsync<DomainException>(() => grain.Lock("2024-Q2", "dadui"));
        var notLocked = await Assert.ThrowsAsync<DomainException>(() => grain.Adjust("2024-Q1", unit, "1.1", 2, "复核", "dadui"));
        var locked = await grain.Lock("2024-Q1", "dadui");
        var again = await Assert.ThrowsAsync<DomainException>(() => grain.Lock("2024-Q1", "dadui"));
        var self = await Assert.ThrowsAsync<DomainException>(() => grain.PutSelf("2024-Q1", unit, [new("1.1", 1, null, [])], "fazhi-head"));
        var review = await Assert.ThrowsAsync<DomainException>(() => grain.PutReview("2024-Q1", unit, [new("1.1", 1, "x")], "dadui"));
        var scheme = await Assert.ThrowsAsync<DomainException>(() => grain.PutScheme(AppraisalPeriodKind.Quarter, GradeThresholds.Default, Indicators(), Admin));
        var noReason = await Assert.ThrowsAsync<DomainException>(() => grain.Adjust("2024-Q1", unit, "1.1", 2, " ", "dadui"));
        var unknown = await Assert.ThrowsAsync<DomainException>(() => grain.Adjust("2024-Q1", unit, "9.9", 2, "复核", "dadui"));
        var adjusted = await grain.Adjust("2024-Q1", unit, "1.1", -3.5m, "复核发现台账不全", "dadui");
        var after = await grain.GetScores("2024-Q1", DutyHolderKind.Unit, null);

        Assert.Equal([ErrorKind.Conflict, ErrorKind.Conflict, ErrorKind.Conflict, ErrorKind.Conflict, ErrorKind.Conflict, ErrorKind.Conflict],
            new[] { early, notLocked, again, self, review, scheme }.Select(e => e.Kind));
        Assert.Equal(["reason", "indicator"], new[] { noReason, unknown }.Select(e => e.Field));
        Assert.True(locked.Locked);
        Assert.Equal(("dadui", "复核发现台账不全", -3.5m), (adjusted.By, adjusted.Reason, adjusted.Points));
        var fazhi = after.Scores.Single(s => s.Subject.Id == "fazhi");
        var line = fazhi.Lines.Single(l => l.Indicator == "1.1");
        Assert.Equal((20m, 16.5m), (line.Review!.Points, line.Points));
        Assert.Equal(locked.Scores.Single(s => s.Subject.Id == "fazhi").Points - 3.5m, fazhi.Points);
        Assert.Equal(["2024-Q1"], await grain.GetLockedPeriods());
    }

    [Fact]
    public async Task RanksShareTiesListByNameAndGradesFollowTheThresholds()
    {
        var (brigade, grain) = await WithScheme(new GradeThresholds(90, 80, 60));
        await brigade.Brigade.UpsertUnit(new Abstractions.Org.UnitDefinition("aaa", "安全中队", "中队", "孙"), Admin);
        await grain.PutReview("2024-Q1", DutyHolder.Unit(brigade.Id, "fazhi"), [new("1.1", 30, null), new("1.2", 30, null)], "dadui");
        await grain.PutReview("2024-Q1", DutyHolder.Unit(brigade.Id, "xuanchuan"), [new("1.1", 30, null), new("1.2", 20, null)], "dadui");
        await grain.PutReview("2024-Q1", DutyHolder.Unit(brigade.Id, "aaa"), [new("1.1", 30, null), new("1.2", 20, null)], "dadui");

        var scores = await grain.GetScores("2024-Q1", DutyHolderKind.Unit, null);

        // Automatic line 2 gives its base (30) to each: 90, 80, 80.
        Assert.Equal(
            [("fazhi", 90m, 1, AppraisalGrade.Excellent), ("aaa", 80m, 2, AppraisalGrade.Competent), ("xuanchuan", 80m, 2, AppraisalGrade.Competent)],
            scores.Scores.Select(s => (s.Subject.Id, s.Points, s.Rank, s.Grade)));
        Assert.Equal(
            [AppraisalGrade.Excellent, AppraisalGrade.Competent, AppraisalGrade.Basic, AppraisalGrade.Incompetent],
            new[] { 90m, 89.99m, 60m, 59.99m }.Select(new GradeThresholds(90, 80, 60).Grade));
    }

    [Fact]
    public async Task ScoresAsOfTheFutureAreAsOfToday()
    {
        var (_, grain) = await WithScheme();

        var scores = await grain.GetScores("2024-Q3", DutyHolderKind.Leader, new DateOnly(2030, 1, 1));

        Assert.Equal(new DateOnly(2024, 6, 15), scores.AsOf);
        Assert.Equal(["王立侠", "赵刚"], scores.Scores.Select(s => s.Subject.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RetriedLockAndAdjustmentWithTheirKeysCountOnce()
    {
        var (brigade, grain) = await WithScheme();
        var unit = DutyHolder.Unit(brigade.Id, "fazhi");
        await grain.Lock("2024-Q1", "dadui", "lock-1");

        var relocked = await grain.Lock("2024-Q1", "dadui", "lock-1");
        var otherKey = await Assert.ThrowsAsync<DomainException>(() => grain.Lock("2024-Q1", "dadui", "lock-2"));
        var first = await grain.Adjust("2024-Q1", unit, "1.1", 2, "补计", "dadui", "adj-1");
        var retried = await grain.Adjust("2024-Q1", unit, "1.1", 2, "补计", "dadui", "adj-1");
        var reused = await Assert.ThrowsAsync<DomainException>(() => grain.Adjust("2024-Q1", unit, "1.1", 3, "补计", "dadui", "adj-1"));

        Assert.True(relocked.Locked);
        Assert.Equal(ErrorKind.Conflict, otherKey.Kind);
        Assert.Equal(first, retried);
        Assert.Equal(ErrorKind.Unprocessable, reused.Kind);
        var line = (await grain.GetScores("2024-Q1", DutyHolderKind.Unit, null)).Scores.Single(s => s.Subject.Id == "fazhi").Lines.Single(l => l.Indicator == "1.1");
        Assert.Single(line.Adjustments);
    }
}
