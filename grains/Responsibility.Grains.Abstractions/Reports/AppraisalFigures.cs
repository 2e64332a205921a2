namespace Responsibility.Grains.Abstractions.Reports;

using Responsibility.Grains.Abstractions.Appraisal;

/// <summary>
/// The year's 考核 in the annual report (part 一): each period of the scheme begun by the report's date, whether it is
/// locked, its units' and leaders' 档次 counts and the best units (names, best first).
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AppraisalFigures")]
public sealed record AppraisalFigures(AppraisalPeriodFigures[] Periods);

[GenerateSerializer, Immutable, Alias("Responsibility.AppraisalPeriodFigures")]
public sealed record AppraisalPeriodFigures(string Period, bool Locked, GradeCount Units, GradeCount Leaders, string[] TopUnits);

/// <summary>How many subjects in each 档次.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.GradeCount")]
public sealed record GradeCount(int Excellent, int Competent, int Basic, int Incompetent)
{
    public int Total => Excellent + Competent + Basic + Incompetent;

    public static GradeCount Of(IEnumerable<SubjectScore> scores)
    {
        var grades = scores.Select(s => s.Grade).ToArray();
        return new(
            grades.Count(g => g == AppraisalGrade.Excellent), grades.Count(g => g == AppraisalGrade.Competent),
            grades.Count(g => g == AppraisalGrade.Basic), grades.Count(g => g == AppraisalGrade.Incompetent));
    }
}
