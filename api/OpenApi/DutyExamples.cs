namespace Responsibility.Api.OpenApi;

using Responsibility.Api.Attachments;
using Responsibility.Api.Duties;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// Examples of the 明责 and 履责 write operations (see <see cref="Examples"/>): 淄川's monthly 谈心谈话 item every leader
/// holds, 刘海涛's talk with 秩序中队 in November fulfilling its slot, the 责任书 between 王立侠 and him signed in January,
/// and a risk of 事故处理中队's register.
/// </summary>
internal static class DutyExamples
{
    private static readonly DateTimeOffset RecordedAt = new(2026, 11, 12, 16, 20, 0, TimeSpan.FromHours(8));

    private static readonly DutyItem Talks = new(
        "tanxin", 2026, "班子成员“一岗双责”", "开展谈心谈话", "每月至少与分管单位负责人谈心谈话一次，了解思想和作风情况。", DutyLine.Accountability,
        Cadence.Monthly, null, "谈话记录", new DutyAssignees(true, [], []), []);

    private static readonly DutyRecordResponse Talk = new(
        "019a6c1d2e3f4a5b6c7d8e9f0a1b2c3d", "liuhaitao", null, "刘海涛", DutyRecordKind.Talk, new DateOnly(2026, 11, 12),
        "与秩序中队中队长李强谈心谈话，了解夜查执勤中的思想动态，提醒严格落实执法记录仪全程记录。", ["李强"], ["tanxin:2026-11"],
        [new AttachmentResponse("019a6c1e0f1a2b3c4d5e6f708192a3b4", "谈话记录（11月）.pdf", "application/pdf", 96_204,
            "1d4a7c0e9b2f5a8d3c6e1b4a7f0c3e6b9d2a5c8f1e4b7a0d3c6f9e2b5a8c1d4e", "liuhaitao", RecordedAt.AddMinutes(-2))],
        null, [], "liuhaitao", "刘海涛", RecordedAt, DutyRecordSource.Written, null);

    private static readonly PledgeResponse Pledge = new(
        "zichuan.2026.wanglixia.leader-liuhaitao", 2026, new PledgeParty("wanglixia", null, "王立侠", "大队长"),
        new PledgeParty("liuhaitao", null, "刘海涛", "副大队长"), [Talks], new DateOnly(2026, 1, 16), null);

    public static readonly IReadOnlyDictionary<string, (object? Request, object? Response)> ByOperation =
        new Dictionary<string, (object?, object?)>
        {
            ["putDutyItem"] = (
                new PutDutyItem(Talks.Section, Talks.Title, Talks.Requirement, Talks.DutyLine, Talks.Cadence, null, Talks.Evidence, Talks.Assignees, []),
                Talks),
            ["recordDuty"] = (
                new RecordDuty(Talk.Kind, Talk.OccurredOn, Talk.Content, Talk.Participants, "liuhaitao", null, Talk.SlotIds, [Talk.Attachments[0].Id], null),
                Talk),
            ["signPledge"] = (new SignPledge(new DateOnly(2026, 1, 16), null), Pledge),
            ["putRisk"] = (
                new PutRisk("shigu", "事故处理民警", "事故认定中收受当事人好处", "私下调解、拖延认定或偏向一方当事人", RiskLevel.High,
                    "事故认定双人审核，认定书公开送达，每季度回访当事人", "zhaozhigang"),
                new RiskRow("shigu-rending", 2026, "shigu", "事故处理民警", "事故认定中收受当事人好处", "私下调解、拖延认定或偏向一方当事人", RiskLevel.High,
                    "事故认定双人审核，认定书公开送达，每季度回访当事人", "zhaozhigang")),
        };
}
