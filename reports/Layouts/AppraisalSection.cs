namespace Responsibility.Reports.Layouts;

using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Reports.Document;

/// <summary>
/// The year's 考核 in the annual report, under part 一: how many periods were scored and locked, and the latest locked
/// one (the latest scored while none is) — its best units and both 档次 counts. Nothing without a 考核方案.
/// </summary>
internal static class AppraisalSection
{
    public static IEnumerable<Block> Annual(AnnualReport r, string period)
    {
        if (r.Appraisal is not { Periods.Length: > 0 } a)
        {
            yield break;
        }

        var locked = a.Periods.Count(p => p.Locked);
        var shown = a.Periods.LastOrDefault(p => p.Locked) ?? a.Periods[^1];
        var name = AppraisalPeriod.TryParse(shown.Period, out var p) ? AppraisalText.PeriodName(p) : shown.Period;
        var text = $"{period}开展基层单位和班子成员积分考评{a.Periods.Length}期，经考核组审定锁定{locked}期。" +
                   $"{name}考评{(shown.Locked ? "" : "（截至本报告日期，尚未审定）")}中，" +
                   (shown.TopUnits.Length > 0 ? $"{string.Join("、", shown.TopUnits)}位列基层单位前{ChineseNumbers.Of(shown.TopUnits.Length)}名，" : "") +
                   $"基层单位{Counts(shown.Units)}，班子成员{Counts(shown.Leaders)}。";
        yield return new Paragraph(text, RunIn: "开展积分考评。");
    }

    private static string Counts(GradeCount c)
    {
        var parts = new[]
        {
            (AppraisalGrade.Excellent, c.Excellent), (AppraisalGrade.Competent, c.Competent), (AppraisalGrade.Basic, c.Basic),
            (AppraisalGrade.Incompetent, c.Incompetent),
        }.Where(x => x.Item2 > 0).Select(x => $"{AppraisalText.GradeName(x.Item1)}{x.Item2}个").ToArray();
        return parts.Length == 0 ? "尚无考评结果" : "评为" + string.Join("、", parts);
    }
}
