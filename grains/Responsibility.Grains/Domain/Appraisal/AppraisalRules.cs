namespace Responsibility.Grains.Domain.Appraisal;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;

/// <summary>What one subject's 自评分 or 考核组评分 of a period is, as last entered.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AppraisalSelfEntry")]
public sealed record SelfEntry(string Period, DutyHolderKind Kind, string SubjectId, SelfScore[] Lines);

[GenerateSerializer, Immutable, Alias("Responsibility.AppraisalReviewEntry")]
public sealed record ReviewEntry(string Period, DutyHolderKind Kind, string SubjectId, ReviewScore[] Lines);

/// <summary>An automatic line of a subject as it stood at the end of a locked period: its points and causes.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AppraisalFrozenLine")]
public sealed record FrozenLine(DutyHolderKind Kind, string SubjectId, string Indicator, decimal Points, ScoreCause[] Causes);

/// <summary>A locked period: who locked it, when, and the automatic lines it froze.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AppraisalPeriodLock")]
public sealed record PeriodLock(string Period, string By, DateTimeOffset At, FrozenLine[] Lines, string? Key = null);

/// <summary>
/// The 考核 rules that need no log: a scheme's checks, the checks of 自评分, 考核组评分 and adjustments, and how lines,
/// totals, ranks and 档次 follow from the automatic points and what people entered.
/// </summary>
public static class AppraisalRules
{
    /// <summary>Checks a scheme whole; the first problem found is <see cref="ErrorKind.Invalid"/> naming its field.</summary>
    public static AppraisalIndicator[] CheckScheme(AppraisalPeriodKind period, GradeThresholds? grades, AppraisalIndicator[]? indicators)
    {
        if (!Enum.IsDefined(period))
        {
            throw DomainException.Invalid("period", "考核周期须为 Quarter（按季度）或 Year（按年度）。");
        }

        CheckGrades(grades);
        if (indicators is null)
        {
            throw DomainException.Invalid("indicators", "须列出考核项目。");
        }

        if (indicators.Length > AppraisalLimits.Indicators)
        {
            throw DomainException.Invalid("indicators", $"考核项目最多 {AppraisalLimits.Indicators} 项。");
        }

        var kept = new AppraisalIndicator[indicators.Length];
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 0; n < indicators.Length; n++)
        {
            var field = $"indicators[{n}].";
            var i = indicators[n] ?? throw DomainException.Invalid($"indicators[{n}]", "考核项目不能为空。");
            var code = i.Code?.Trim() ?? "";
            if (code.Length == 0 || code.Length > AppraisalLimits.Code || code.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '/'))
            {
                throw DomainException.Invalid(field + "code", $"项目编号须为 1–{AppraisalLimits.Code} 个字符，不含空格和斜杠。");
            }

            if (!codes.Add(code))
            {
                throw DomainException.Invalid(field + "code", $"项目编号 {code} 重复。");
            }

            var name = i.Name?.Trim() ?? "";
            if (name.Length == 0 || name.Length > AppraisalLimits.Name)
            {
                throw DomainException.Invalid(field + "name", $"项目名称须为 1–{AppraisalLimits.Name} 个字。");
            }

            var standard = string.IsNullOrWhiteSpace(i.Standard) ? null : i.Standard.Trim();
            if (standard?.Length > AppraisalLimits.Standard)
            {
                throw DomainException.Invalid(field + "standard", $"评分标准最多 {AppraisalLimits.Standard} 字。");
            }

            if (!Enum.IsDefined(i.Subjects))
            {
                throw DomainException.Invalid(field + "subjects", "考核对象须为 Units（单位）或 Leaders（班子成员）。");
            }

            CheckPoints(field + "maxPoints", i.MaxPoints, 0, AppraisalLimits.MaxPoints, "分值");
            if (i.Rule is { } rule)
            {
                if (!Enum.IsDefined(rule.Kind))
                {
                    throw DomainException.Invalid(field + "rule.kind", "自动计分规则不存在。");
                }

                CheckPoints(field + "rule.points", rule.Points, -AppraisalLimits.MaxPoints, AppraisalLimits.MaxPoints, "每次计分");
                if (rule.Base is { } b)
                {
                    CheckPoints(field + "rule.base", b, 0, i.MaxPoints, "基础分");
                }
            }

            var parent = string.IsNullOrWhiteSpace(i.Parent) ? null : i.Parent.Trim();
            kept[n] = new AppraisalIndicator(code, name, parent, i.MaxPoints, i.Subjects, i.Rule, standard);
        }

        for (var n = 0; n < kept.Length; n++)
        {
            var i = kept[n];
            if (i.Parent is null)
            {
                continue;
            }

            var parent = Array.Find(kept, p => p.Code == i.Parent);
            if (parent is null)
            {
                throw DomainException.Invalid($"indicators[{n}].parent", $"上级项目 {i.Parent} 不在方案中。");
            }

            if (parent.Parent is not null)
            {
                throw DomainException.Invalid($"indicators[{n}].parent", "考核项目只分两级：上级项目须为一级项目。");
            }

            if (parent.Subjects != i.Subjects)
            {
                throw DomainException.Invalid($"indicators[{n}].subjects", "二级项目的考核对象须与其一级项目相同。");
            }

            if (parent.Rule is not null)
            {
                throw DomainException.Invalid($"indicators[{n}].parent", $"{parent.Code} 是自动计分项目，不能再分二级项目。");
            }
        }

        for (var n = 0; n < kept.Length; n++)
        {
            var i = kept[n];
            var children = kept.Where(c => c.Parent == i.Code).Sum(c => c.MaxPoints);
            if (children > i.MaxPoints)
            {
                throw DomainException.Invalid($"indicators[{n}].maxPoints", $"{i.Code} 的二级项目分值合计 {children} 分，超过其分值 {i.MaxPoints} 分。");
            }
        }

        return kept;
    }

    private static void CheckGrades(GradeThresholds? grades)
    {
        if (grades is null)
        {
            throw DomainException.Invalid("grades", "须设定档次分数线。");
        }

        CheckPoints("grades.excellent", grades.Excellent, 0, AppraisalLimits.MaxPoints, "优秀分数线");
        CheckPoints("grades.competent", grades.Competent, 0, AppraisalLimits.MaxPoints, "称职分数线");
        CheckPoints("grades.basic", grades.Basic, 0, AppraisalLimits.MaxPoints, "基本称职分数线");
        if (grades.Competent >= grades.Excellent)
        {
            throw DomainException.Invalid("grades.competent", "称职分数线须低于优秀分数线。");
        }

        if (grades.Basic >= grades.Competent)
        {
            throw DomainException.Invalid("grades.basic", "基本称职分数线须低于称职分数线。");
        }
    }

    /// <summary>Points are decimals with at most two places within [min, max].</summary>
    public static void CheckPoints(string field, decimal points, decimal min, decimal max, string what)
    {
        if (points < min || points > max)
        {
            throw DomainException.Invalid(field, $"{what}须在 {min}–{max} 分之间。");
        }

        if (decimal.Round(points, 2) != points)
        {
            throw DomainException.Invalid(field, $"{what}最多保留两位小数。");
        }
    }

    /// <summary>The period named, of this scheme's year and kind; otherwise <see cref="ErrorKind.Invalid"/> naming <c>period</c>.</summary>
    public static AppraisalPeriod Period(AppraisalScheme scheme, string? period)
    {
        if (!AppraisalPeriod.TryParse(period, out var parsed) || parsed.Year != scheme.Year)
        {
            throw DomainException.Invalid("period", $"考核期须为 {scheme.Year}-Q1…{scheme.Year}-Q4 或 {scheme.Year}。");
        }

        if (parsed.Kind != scheme.Period)
        {
            throw DomainException.Invalid(
                "period", scheme.Period == AppraisalPeriodKind.Quarter ? $"{scheme.Year} 年按季度考核，考核期须为 {scheme.Year}-Q1…Q4。" : $"{scheme.Year} 年按年度考核，考核期须为 {scheme.Year}。");
        }

        return parsed;
    }

    /// <summary>Checks a 自评分: indicators of the subject's kind, once each, points within [0, 分值], note and evidence within limits.</summary>
    public static SelfScore[] CheckSelf(AppraisalScheme scheme, DutyHolderKind kind, SelfScore[]? lines)
    {
        var scoring = Scoring(scheme, kind, lines?.Length);
        var kept = new SelfScore[lines!.Length];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n] ?? throw DomainException.Invalid($"lines[{n}]", "评分行不能为空。");
            var indicator = Indicator(scoring, seen, line.Indicator, n);
            CheckPoints($"lines[{n}].points", line.Points, 0, indicator.MaxPoints, "自评分");
            var note = string.IsNullOrWhiteSpace(line.Note) ? null : line.Note.Trim();
            if (note?.Length > AppraisalLimits.Note)
            {
                throw DomainException.Invalid($"lines[{n}].note", $"自评说明最多 {AppraisalLimits.Note} 字。");
            }

            var files = line.AttachmentIds ?? [];
            if (files.Length > AppraisalLimits.Attachments || files.Any(f => string.IsNullOrWhiteSpace(f) || f.Length > 100))
            {
                throw DomainException.Invalid($"lines[{n}].attachmentIds", $"佐证材料最多 {AppraisalLimits.Attachments} 个。");
            }

            kept[n] = new SelfScore(indicator.Code, line.Points, note, [.. files.Distinct(StringComparer.Ordinal)]);
        }

        return kept;
    }

    /// <summary>
    /// Checks a 考核组评分 as <see cref="CheckSelf"/> does, and that a line differing from the automatic points (automatic
    /// indicators) or from the subject's 自评分 (manual ones) says why.
    /// </summary>
    public static ReviewScore[] CheckReview(
        AppraisalScheme scheme, DutyHolderKind kind, ReviewScore[]? lines, SelfEntry? self, IReadOnlyList<AutomaticLine> automatic)
    {
        var scoring = Scoring(scheme, kind, lines?.Length);
        var kept = new ReviewScore[lines!.Length];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n] ?? throw DomainException.Invalid($"lines[{n}]", "评分行不能为空。");
            var indicator = Indicator(scoring, seen, line.Indicator, n);
            CheckPoints($"lines[{n}].points", line.Points, 0, indicator.MaxPoints, "考核组评分");
            var reason = string.IsNullOrWhiteSpace(line.Reason) ? null : line.Reason.Trim();
            if (reason?.Length > AppraisalLimits.Note)
            {
                throw DomainException.Invalid($"lines[{n}].reason", $"评分理由最多 {AppraisalLimits.Note} 字。");
            }

            decimal? against = indicator.IsAutomatic
                ? automatic.FirstOrDefault(a => a.Indicator == indicator.Code)?.Points ?? BasePoints(indicator)
                : self?.Lines.FirstOrDefault(s => s.Indicator == indicator.Code)?.Points;
            if (against is { } other && other != line.Points && reason is null)
            {
                throw DomainException.Invalid(
                    $"lines[{n}].reason", $"{indicator.Code} 的考核组评分与{(indicator.IsAutomatic ? "自动得分" : "自评分")}（{other} 分）不同，须说明理由。");
            }

            kept[n] = new ReviewScore(indicator.Code, line.Points, reason);
        }

        return kept;
    }

    /// <summary>The scoring indicator an adjustment names, and its points and reason checked.</summary>
    public static (AppraisalIndicator Indicator, string Reason) CheckAdjustment(
        AppraisalScheme scheme, DutyHolderKind kind, string? indicator, decimal points, string? reason)
    {
        var found = scheme.Scoring(kind).FirstOrDefault(i => i.Code == indicator)
            ?? throw DomainException.Invalid("indicator", $"考核方案中没有该对象的计分项目 {Shown(indicator)}。");
        CheckPoints("points", points, -found.MaxPoints, found.MaxPoints, "调整分");
        if (points == 0)
        {
            throw DomainException.Invalid("points", "调整分不能为 0。");
        }

        var why = reason?.Trim() ?? "";
        if (why.Length == 0 || why.Length > AppraisalLimits.Note)
        {
            throw DomainException.Invalid("reason", $"须说明调整理由（最多 {AppraisalLimits.Note} 字）。");
        }

        return (found, why);
    }

    private static AppraisalIndicator[] Scoring(AppraisalScheme scheme, DutyHolderKind kind, int? count)
    {
        if (count is null)
        {
            throw DomainException.Invalid("lines", "须列出评分行。");
        }

        var scoring = scheme.Scoring(kind).ToArray();
        if (count > scoring.Length || count > AppraisalLimits.Indicators)
        {
            throw DomainException.Invalid("lines", $"评分行不能多于该对象的计分项目（{scoring.Length} 项）。");
        }

        return scoring;
    }

    private static AppraisalIndicator Indicator(AppraisalIndicator[] scoring, HashSet<string> seen, string? code, int n)
    {
        var found = Array.Find(scoring, i => i.Code == code)
            ?? throw DomainException.Invalid($"lines[{n}].indicator", $"考核方案中没有该对象的计分项目 {Shown(code)}。");
        if (!seen.Add(found.Code))
        {
            throw DomainException.Invalid($"lines[{n}].indicator", $"项目 {found.Code} 重复。");
        }

        return found;
    }

    /// <summary>An automatic indicator's points where nothing was counted for the subject (e.g. a unit added after the lock): its base.</summary>
    private static decimal BasePoints(AppraisalIndicator indicator) => Math.Clamp(indicator.Rule?.Base ?? 0, 0, indicator.MaxPoints);

    private static string Shown(string? code) => code is null ? "" : code.Length > 20 ? code[..20] + "…" : code;

    /// <summary>
    /// The scores of <paramref name="subjects"/> for a period: for each subject each scoring indicator of its kind, with the
    /// automatic points (as counted, or frozen at the lock), the 自评分, the 考核组评分 and the adjustments; a line counts
    /// <c>(review ?? auto ?? self ?? 0)</c> kept within [0, 分值], plus its adjustments. Totals are the lines' sum; rank 1
    /// is the highest, equal totals share a rank, and equal totals are listed by name; 档次 from the scheme's thresholds.
    /// </summary>
    public static SubjectScore[] Combine(
        AppraisalScheme scheme,
        string period,
        IReadOnlyList<ScoreSubject> subjects,
        IReadOnlyDictionary<string, AutomaticLine[]> automatic,
        IEnumerable<SelfEntry> selves,
        IEnumerable<ReviewEntry> reviews,
        IEnumerable<ScoreAdjustment> adjustments)
    {
        var scoring = subjects.Count == 0 ? [] : scheme.Scoring(subjects[0].Kind).ToArray();
        var selfBy = selves.Where(s => s.Period == period).ToDictionary(s => (s.Kind, s.SubjectId));
        var reviewBy = reviews.Where(s => s.Period == period).ToDictionary(s => (s.Kind, s.SubjectId));
        var adjustmentsOf = adjustments.Where(a => a.Period == period).ToLookup(a => (a.Subject.Kind, a.Subject.Id, a.Indicator));
        var totals = subjects.Select(subject =>
        {
            var autos = automatic.GetValueOrDefault(subject.Id) ?? [];
            var self = selfBy.GetValueOrDefault((subject.Kind, subject.Id));
            var review = reviewBy.GetValueOrDefault((subject.Kind, subject.Id));
            var lines = scoring.Select(indicator =>
            {
                var auto = indicator.IsAutomatic ? autos.FirstOrDefault(a => a.Indicator == indicator.Code) : null;
                var selfLine = self?.Lines.FirstOrDefault(l => l.Indicator == indicator.Code);
                var reviewLine = review?.Lines.FirstOrDefault(l => l.Indicator == indicator.Code);
                var adjusted = adjustmentsOf[(subject.Kind, subject.Id, indicator.Code)].ToArray();
                decimal? autoPoints = indicator.IsAutomatic ? auto?.Points ?? BasePoints(indicator) : null;
                var counted = Math.Clamp(reviewLine?.Points ?? autoPoints ?? selfLine?.Points ?? 0, 0, indicator.MaxPoints);
                return new ScoreLine(
                    indicator.Code, indicator.MaxPoints, autoPoints, selfLine, reviewLine, adjusted, counted + adjusted.Sum(a => a.Points), auto?.Causes ?? []);
            }).ToArray();
            return (Subject: subject, Total: lines.Sum(l => l.Points), Lines: lines);
        }).ToArray();
        return [.. totals
            .OrderByDescending(t => t.Total).ThenBy(t => t.Subject.Name, StringComparer.Ordinal).ThenBy(t => t.Subject.Id, StringComparer.Ordinal)
            .Select(t => new SubjectScore(t.Subject, t.Total, 1 + totals.Count(o => o.Total > t.Total), scheme.Grades.Grade(t.Total), t.Lines))];
    }
}
