namespace Responsibility.Grains.Audit;

using System.Globalization;
using Responsibility.Grains.Abstractions.Audit;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Appraisal;
using Responsibility.Storage.Events;

/// <summary>Says what an event of a year's 考核 did, in the words of the pages.</summary>
public sealed class AppraisalDescriber(BrigadeInfo brigade)
{
    public static bool Describes(string streamId) => streamId.StartsWith("appraisal/", StringComparison.Ordinal);

    public (string Action, string? TaskId, string Subject, IEnumerable<AuditChange> Changes) Describe(StoredEvent row) =>
        AppraisalEvent.Codec.Decode(row) switch
        {
            AppraisalSchemeSaved s => (s.Before is null ? "制定考核方案" : "修改考核方案", null, $"{s.Scheme.Year}年考核方案",
            [
                new("考核项目", s.Before is null ? null : Count(s.Before.Indicators.Length), Count(s.Scheme.Indicators.Length)),
                new("档次分数线", s.Before is null ? null : Grades(s.Before), Grades(s.Scheme)),
            ]),
            AppraisalSchemeCopied c => ("复制考核方案", null, $"{c.Scheme.Year}年考核方案", [new("复制自", null, $"{c.FromYear}年")]),
            AppraisalSelfEntered e => ("填写自评分", null, $"{e.Period} {Name(e.Subject)}",
                e.Lines.Select(l => new AuditChange(l.Indicator, null, Points(l.Points)))),
            AppraisalReviewEntered e => ("考核组评分", null, $"{e.Period} {Name(e.Subject)}",
                e.Lines.Select(l => new AuditChange(l.Indicator, null, l.Reason is null ? Points(l.Points) : $"{Points(l.Points)}（{l.Reason}）"))),
            AppraisalPeriodLocked l => ("锁定考核期", null, $"考核期 {l.Period}", [new("冻结自动得分", null, Count(l.Lines.Length))]),
            AppraisalAdjusted a => ("调整考核得分", null, $"{a.Adjustment.Period} {Name(a.Adjustment.Subject)}",
            [
                new("考核项目", null, a.Adjustment.Indicator),
                new("调整分", null, Points(a.Adjustment.Points)),
                new("理由", null, a.Adjustment.Reason),
            ]),
            var e => (e.GetType().Name, null, "", []),
        };

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture) + " 项";

    private static string Points(decimal points) => points.ToString("0.##", CultureInfo.InvariantCulture) + " 分";

    private static string Grades(Abstractions.Appraisal.AppraisalScheme s) =>
        $"优秀 {Points(s.Grades.Excellent)}，称职 {Points(s.Grades.Competent)}，基本称职 {Points(s.Grades.Basic)}";

    private string Name(DutyHolder subject) => subject.Kind == DutyHolderKind.Unit
        ? Array.Find(brigade.Units, u => u.Id == subject.Id)?.Name ?? subject.Id
        : Array.Find(brigade.Leaders, l => l.Id == subject.Id)?.Name ?? subject.Id;
}
