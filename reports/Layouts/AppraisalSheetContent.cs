namespace Responsibility.Reports.Layouts;

using System.Globalization;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Text;

/// <summary>One printed line of a 考核评分表: the 考核项目 (second-level under its first-level one), 分值, 评分标准 and the points.</summary>
public sealed record AppraisalSheetLine(
    string Group, string Item, string MaxPoints, string Standard, string Auto, string Self, string Review, string Adjusted,
    string Points, string Explanation);

/// <summary>One subject's part of a 考核评分表: its lines, total, rank and 档次.</summary>
public sealed record AppraisalSheetPart(string Subject, AppraisalSheetLine[] Lines, string Total, int Rank, string Grade);

/// <summary>
/// What a 考核评分表 prints, the same for the .xlsx and the Word one: for each subject of a period its lines with
/// 分值, 评分标准, 自动得分, 自评分, 考核组评分, 调整 and 加减分说明 (the automatic rule's occurrences, the 自评 explanation, the
/// 考核组's reason, each adjustment with its reason), then total, rank and 档次.
/// </summary>
public sealed record AppraisalSheetContent(string BrigadeName, string PeriodName, string SubjectsName, bool Locked, DateOnly AsOf, AppraisalSheetPart[] Parts)
{
    public string Title => $"{BrigadeName}{PeriodName}{SubjectsName}考核评分表";

    public static AppraisalSheetContent From(string brigadeName, AppraisalScheme scheme, AppraisalPeriod period, AppraisalScores scores)
    {
        var byCode = scheme.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var parts = scores.Scores
            .OrderBy(s => s.Rank).ThenBy(s => s.Subject.Name, StringComparer.Ordinal)
            .Select(s => new AppraisalSheetPart(
                s.Subject.Name,
                [.. s.Lines.Select(l => Line(l, byCode))],
                Number(s.Points),
                s.Rank,
                AppraisalText.GradeName(s.Grade)))
            .ToArray();
        return new(brigadeName, AppraisalText.PeriodName(period), scores.Subjects == DutyHolderKind.Unit ? "基层单位" : "班子成员",
            scores.Locked, scores.AsOf, parts);
    }

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static AppraisalSheetLine Line(ScoreLine line, IReadOnlyDictionary<string, AppraisalIndicator> byCode)
    {
        var indicator = byCode.GetValueOrDefault(line.Indicator);
        var group = indicator?.Parent is { } parent && byCode.TryGetValue(parent, out var p) ? p.Name : "";
        var adjusted = line.Adjustments.Sum(a => a.Points);
        return new AppraisalSheetLine(
            group,
            indicator?.Name ?? line.Indicator,
            Number(line.MaxPoints),
            indicator?.Standard ?? (indicator?.Rule is { } rule ? Standard(rule) : ""),
            line.Auto is { } auto ? Number(auto) : "",
            line.Self is { } self ? Number(self.Points) : "",
            line.Review is { } review ? Number(review.Points) : "",
            line.Adjustments.Length > 0 ? Signed(adjusted) : "",
            Number(line.Points),
            Explanation(line, indicator));
    }

    /// <summary>The 评分标准 an automatic rule prints when the scheme gives none: "按时填报每次+1分（基础分10分）".</summary>
    public static string Standard(AppraisalRule rule) =>
        $"{AppraisalText.RuleName(rule.Kind)}每次{Signed(rule.Points)}分" + (rule.Base is { } b ? $"（基础分{Number(b)}分）" : "");

    private static string Explanation(ScoreLine line, AppraisalIndicator? indicator)
    {
        var parts = new List<string>();
        if (indicator?.Rule is { } rule && line.Causes.Length > 0)
        {
            parts.Add($"{AppraisalText.RuleName(rule.Kind)}{line.Causes.Length}次，{Signed(line.Causes.Sum(c => c.Points))}分");
        }

        if (line.Self?.Note is { Length: > 0 } note)
        {
            parts.Add($"自评：{note}");
        }

        if (line.Review?.Reason is { Length: > 0 } reason)
        {
            parts.Add($"考核组：{reason}");
        }

        parts.AddRange(line.Adjustments.Select(a => $"调整{Signed(a.Points)}分：{a.Reason}"));
        return string.Join("；", parts);
    }

    private static string Signed(decimal value) => value > 0 ? "+" + Number(value) : value < 0 ? "−" + Number(-value) : "0";
}
