namespace Responsibility.Api.OpenApi;

using Responsibility.Api.Attachments;
using Responsibility.Api.Instructions;
using Responsibility.Api.Meetings;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// Examples of the meeting loop's write operations (see <see cref="Examples"/>): 王立侠's instruction on 查处酒驾醉驾
/// to 秩序中队 under 刘海涛, its answer with a night-check register attached, and the November 党总支扩大会 that heard
/// October's report and made a decision of it.
/// </summary>
internal static class SupervisionExamples
{
    private const string InstructionId = "019a4f2c8d1e7a3b9c05d6e7f8a9b0c1";
    private const string MeetingId = "019a5e1d2c3b4a59687f8e9d0c1b2a39";
    private static readonly DateTimeOffset WrittenAt = new(2026, 11, 2, 9, 30, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset AnsweredAt = new(2026, 11, 12, 17, 5, 0, TimeSpan.FromHours(8));

    private static readonly InstructionResponse Written = new(
        InstructionId, "zichuan", "zhixu", "秩序中队", "019a0c4e7b2f7c3d9e51a6b8c0d2e4f6", "ZX-01", "查处酒驾醉驾违法行为",
        "查处数低于序时进度，请制定11月夜查方案，每周至少两次集中整治，20日前报办理情况。",
        new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 20), "dadui", "王立侠", "liuhaitao", "刘海涛", null, null,
        InstructionStatus.Open, false, false, new DateOnly(2026, 11, 2), WrittenAt, [],
        new CloserResponse(CloserKind.Author, "dadui", null, "王立侠"));

    private static readonly InstructionStepResponse Answer = new(
        InstructionStepKind.Answered, "zhixu", "李强", AnsweredAt, "已制定夜查方案，11月上旬集中整治4次，查处酒驾醉驾31起。",
        [new AttachmentResponse(
            "019a6b7c8d9e0f1a2b3c4d5e6f708192", "11月上旬夜查登记表.pdf", "application/pdf", 182_344,
            "9f2c4be1d7a0c3f58e6b41d2a97c05e3b8f16d24c9a7e0b35f1d86c2a4e9b713", "zhixu", AnsweredAt.AddMinutes(-3))]);

    private static readonly InstructionResponse Answered = Written with
    {
        Status = InstructionStatus.Answered, Answered = true, AsOf = new DateOnly(2026, 11, 12), Steps = [Answer],
    };

    private static readonly MeetingResponse Meeting = new(
        MeetingId, "zichuan", new DateOnly(2026, 11, 5), "2026年11月党总支扩大会", "王立侠",
        ["王立侠", "韩振东", "刘海涛", "李强"], ["听取10月份一岗双责工作调度报告", "研究酒驾醉驾专项整治"], "2026-10", 1,
        "dadui", "王立侠", new DateTimeOffset(2026, 11, 5, 16, 40, 0, TimeSpan.FromHours(8)), [], MeetingKind.Monthly, false);

    public static readonly IReadOnlyDictionary<string, (object? Request, object? Response)> ByOperation =
        new Dictionary<string, (object?, object?)>
        {
            ["issueTaskInstruction"] = (new IssueTaskInstruction(Written.Text, Written.DueDate), Written),
            ["issueUnitInstruction"] = (
                new IssueUnitInstruction("本月两项任务未报送，请25日前补报并说明原因。", new DateOnly(2026, 11, 25)),
                Written with { TaskId = null, TaskCode = null, TaskTitle = null, Text = "本月两项任务未报送，请25日前补报并说明原因。", DueDate = new DateOnly(2026, 11, 25) }),
            ["answerInstruction"] = (new AnswerInstruction(Answer.Text, [Answer.Attachments[0].Id]), Answered),
            ["reopenInstruction"] = (
                new ReopenInstruction("查处数仍低于序时进度，请补充下旬整治安排。"),
                Answered with
                {
                    Status = InstructionStatus.Open, Answered = false, AsOf = new DateOnly(2026, 11, 13),
                    Steps = [Answer, new(InstructionStepKind.Reopened, "dadui", "王立侠", AnsweredAt.AddHours(16), "查处数仍低于序时进度，请补充下旬整治安排。", [])],
                }),
            ["recordMeeting"] = (
                new RecordMeeting(Meeting.Date, Meeting.Title, Meeting.Chair, Meeting.Attendees, Meeting.Topics, Meeting.ReportMonth),
                Meeting),
            ["addDecision"] = (
                new AddDecision("11月底前完成酒驾醉驾专项整治，查处数达到序时进度。", ["zhixu"], "liuhaitao", new DateOnly(2026, 11, 30)),
                Meeting with
                {
                    Decisions =
                    [
                        new DecisionResponse(1, "11月底前完成酒驾醉驾专项整治，查处数达到序时进度。", "liuhaitao", "刘海涛", new DateOnly(2026, 11, 30),
                            [new DecisionUnitResponse("zhixu", "秩序中队", InstructionId, InstructionStatus.Open)]),
                    ],
                }),
        };
}
