namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Appraisal;
using Responsibility.Grains.Audit;
using Responsibility.Storage.Events;

/// <summary>The 操作记录 says what a 考核 event did, in the pages' words, naming the subject as the brigade names it.</summary>
public sealed class AppraisalAuditTests
{
    private static readonly BrigadeInfo Brigade = new(
        "zichuan", new BrigadeSettings("淄川大队", "党总支", "支队", "Asia/Shanghai", "区委", StatusThresholds.Default),
        [new UnitDefinition("fazhi", "法制室", "科室", null)], [new LeaderDefinition("wang", "王立侠", "大队长", true, [], [])], [2026], new DateOnly(2026, 1, 1));

    [Fact]
    public void ReviewAndAdjustmentAreDescribedWithPointsAndReasons()
    {
        var review = Describe(new AppraisalReviewEntered("2026-Q1", DutyHolder.Unit("zichuan", "fazhi"), [new ReviewScore("1.1", 25, "缺两项")]));
        var adjusted = Describe(new AppraisalAdjusted(new ScoreAdjustment(
            "2026-Q1-1", "2026-Q1", DutyHolder.Leader("zichuan", "wang"), "L1", -2, "复核", "dadui", DateTimeOffset.UnixEpoch)));

        Assert.Equal(("考核组评分", "2026-Q1 法制室"), (review.Action, review.Subject));
        Assert.Contains(review.Changes, c => c.Field == "1.1" && c.After == "25 分（缺两项）");
        Assert.Equal(("调整考核得分", "2026-Q1 王立侠"), (adjusted.Action, adjusted.Subject));
        Assert.Contains(adjusted.Changes, c => c.Field == "理由" && c.After == "复核");
        Assert.True(AppraisalDescriber.Describes(AppraisalEvent.Stream("zichuan", 2026)));
    }

    private static (string Action, string? TaskId, string Subject, IEnumerable<Abstractions.Audit.AuditChange> Changes) Describe(AppraisalEvent e)
    {
        var encoded = AppraisalEvent.Codec.Encode(e);
        return new AppraisalDescriber(Brigade).Describe(
            new StoredEvent(AppraisalEvent.Stream("zichuan", 2026), 1, "zichuan", encoded.Kind, encoded.Payload, "dadui", DateTimeOffset.UnixEpoch, 1));
    }
}
