namespace Responsibility.Api.Tests;

using Responsibility.Api.Appraisal;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;

/// <summary>
/// Figures are open, details follow scope (SPEC §3): a reader who may not read a subject's records sees every point and
/// each cause's kind, day and points, but not which entry, instruction, 整改 item or extension it was, nor the 自评 note.
/// </summary>
public sealed class AppraisalDetailTests
{
    private static readonly SubjectScore Score = new(
        new ScoreSubject(DutyHolderKind.Unit, "fazhi", "法制室"), 40, 1, AppraisalGrade.Incompetent,
    [
        new ScoreLine("2", 40, 30, new SelfScore("2", 30, "说明", ["f1"]), null, [], 30,
        [
            new ScoreCause(ScoreCauseKind.Task, "t1", new DateOnly(2026, 3, 1), 2, Label: "任务"),
            new ScoreCause(ScoreCauseKind.Entry, "e1", new DateOnly(2026, 3, 2), -1, TaskId: "t1"),
            new ScoreCause(ScoreCauseKind.Rectification, "r1", new DateOnly(2026, 3, 3), 5, Label: "证据目录不全"),
            new ScoreCause(ScoreCauseKind.Bulletin, "b1", new DateOnly(2026, 3, 4), 3),
        ]),
    ]);

    [Fact]
    public void AReaderOutsideTheSubjectsScopeSeesCountsNotDetails()
    {
        var open = AppraisalHandlers.Score(Score, details: false).Lines.Single();
        var full = AppraisalHandlers.Score(Score, details: true).Lines.Single();

        Assert.Equal(["t1", null, null, "b1"], open.Causes.Select(c => c.Id));
        Assert.Equal([2m, -1m, 5m, 3m], open.Causes.Select(c => c.Points));
        Assert.Null(open.Causes[1].TaskId);
        Assert.Null(open.Causes[2].Label);
        Assert.Equal((30m, null, 0), (open.Self!.Points, open.Self.Note, open.Self.AttachmentIds.Length));
        Assert.Equal(["t1", "e1", "r1", "b1"], full.Causes.Select(c => c.Id));
        Assert.Equal(("说明", "t1"), (full.Self!.Note, full.Causes[1].TaskId));
    }
}
