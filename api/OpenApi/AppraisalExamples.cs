namespace Responsibility.Api.OpenApi;

using Responsibility.Api.Appraisal;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;

/// <summary>Examples of the 考核 operations (see <see cref="Examples"/>): 淄川大队's 2026 quarterly scheme and the first quarter's ranking of units.</summary>
internal static class AppraisalExamples
{
    private static readonly DateTimeOffset Saved = new(2026, 1, 10, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly IndicatorBody[] Indicators =
    [
        new("1", "党风廉政建设", null, 40, AppraisalSubjects.Units, null, null),
        new("1.1", "责任落实", "1", 20, AppraisalSubjects.Units, null, "制定本单位责任清单并逐项落实，缺一项扣 2 分。"),
        new("1.2", "廉政教育", "1", 20, AppraisalSubjects.Units, null, "每季度开展廉政教育不少于 1 次，未开展不得分。"),
        new("2", "按时填报", null, 30, AppraisalSubjects.Units, new RuleBody(AppraisalRuleKind.ReportedOnTime, 2, 24), "每个填报周期按时填报加 2 分。"),
        new("3", "整改按期销号", null, 30, AppraisalSubjects.Units, new RuleBody(AppraisalRuleKind.RectificationClosedOnTime, 5, 20), null),
        new("L1", "履职尽责", null, 100, AppraisalSubjects.Leaders, null, "落实一岗双责情况。"),
    ];

    private static readonly SchemeResponse Scheme = new(
        2026, AppraisalPeriodKind.Quarter, new GradesBody(90, 75, 60), Indicators, ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"], [], 1, "bangongshi", Saved);

    private static readonly SubjectScoreResponse Fazhi = new(
        new SubjectResponse(DutyHolderKind.Unit, "fazhi", "法制室"), 93, 1, AppraisalGrade.Excellent,
    [
        new LineResponse("1.1", 20, null, new SelfResponse(20, "责任清单 12 项均已落实。", []), new ReviewResponse(18, "廉政谈话记录缺 1 次。"), [], 18, []),
        new LineResponse("1.2", 20, null, new SelfResponse(20, null, []), null, [], 20, []),
        new LineResponse("2", 30, 30, null, null, [], 30,
        [
            new CauseResponse(ScoreCauseKind.Cycle, "fazhi/2026-01", null, new DateOnly(2026, 2, 5), 2, "2026年1月"),
            new CauseResponse(ScoreCauseKind.Cycle, "fazhi/2026-02", null, new DateOnly(2026, 3, 5), 2, "2026年2月"),
            new CauseResponse(ScoreCauseKind.Cycle, "fazhi/2026-03", null, new DateOnly(2026, 4, 3), 2, "2026年3月"),
        ]),
        new LineResponse("3", 30, 25, null, null, [], 25,
            [new CauseResponse(ScoreCauseKind.Rectification, "019a6d0c1b2a39485766554433221101", null, new DateOnly(2026, 3, 28), 5, "证据目录不全")]),
    ]);

    private static readonly ScoresResponse Scores = new(
        "2026-Q1", AppraisalSubjects.Units, new DateOnly(2026, 4, 10), false, null, null,
        [Fazhi, Fazhi with { Subject = new SubjectResponse(DutyHolderKind.Unit, "sigu", "事故中队"), Points = 81, Rank = 2, Grade = AppraisalGrade.Competent }]);

    private static readonly AdjustmentResponse Adjustment = new(
        "2026-Q1-1", "2026-Q1", new SubjectResponse(DutyHolderKind.Unit, "sigu", null), "1.2", -2, "复核发现廉政教育记录不全。", "dadui",
        new DateTimeOffset(2026, 4, 20, 15, 0, 0, TimeSpan.FromHours(8)));

    public static readonly IReadOnlyDictionary<string, (object? Request, object? Response)> ByOperation =
        new Dictionary<string, (object?, object?)>
        {
            ["getAppraisalScheme"] = (null, Scheme),
            ["putAppraisalScheme"] = (new PutAppraisalScheme(AppraisalPeriodKind.Quarter, new GradesBody(90, 75, 60), Indicators), Scheme),
            ["copyAppraisalScheme"] = (null, Scheme with { Year = 2027, Periods = ["2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4"] }),
            ["getAppraisalScores"] = (null, Scores),
            ["putAppraisalSelf"] = (
                new PutAppraisalSelf([new SelfLineBody("1.1", 20, "责任清单 12 项均已落实。", []), new SelfLineBody("1.2", 20, null, [])]), Fazhi),
            ["putAppraisalReview"] = (new PutAppraisalReview([new ReviewLineBody("1.1", 18, "廉政谈话记录缺 1 次。")]), Fazhi),
            ["lockAppraisalPeriod"] = (null, Scores with { Locked = true, LockedBy = "dadui", LockedAt = new DateTimeOffset(2026, 4, 15, 10, 0, 0, TimeSpan.FromHours(8)) }),
            ["adjustAppraisalScore"] = (new AdjustAppraisalScore(new SubjectBody(AppraisalSubjects.Units, "sigu"), "1.2", -2, "复核发现廉政教育记录不全。"), Adjustment),
        };
}
