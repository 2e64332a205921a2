namespace Responsibility.Api.Pages;

using System.Globalization;
using Responsibility.Api.Appraisal;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;

/// <summary>How the 考核 pages show points, periods, subjects and the causes of automatic points.</summary>
public static class AppraisalDisplay
{
    public static string Points(decimal points) => points.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Points(decimal? points) => points is { } p ? Points(p) : "—";

    public static string PeriodName(string period) =>
        AppraisalPeriod.TryParse(period, out var p) ? Grains.Abstractions.Text.AppraisalText.PeriodName(p) : period;

    public static string KindSegment(DutyHolderKind kind) => kind == DutyHolderKind.Unit ? "units" : "leaders";

    public static string SubjectsName(AppraisalSubjects subjects) => subjects == AppraisalSubjects.Units ? "单位" : "班子成员";

    public static string CauseName(ScoreCauseKind kind) => kind switch
    {
        ScoreCauseKind.Cycle => "填报周期",
        ScoreCauseKind.Task => "任务",
        ScoreCauseKind.Entry => "填报",
        ScoreCauseKind.Instruction => "督办事项",
        ScoreCauseKind.Rectification => "整改事项",
        ScoreCauseKind.Extension => "延期申请",
        ScoreCauseKind.DutySlot => "履责时点",
        ScoreCauseKind.Pledge => "责任书",
        _ => "通报",
    };

    /// <summary>The page a cause is about; null where the reader may not see which one it is (its id left out).</summary>
    public static string? CauseLink(string brigadeId, CauseResponse cause)
    {
        var b = Uri.EscapeDataString(brigadeId);
        if (cause.Id is not { } id)
        {
            return null;
        }

        var e = Uri.EscapeDataString(id);
        return cause.Kind switch
        {
            ScoreCauseKind.Task => $"/tasks/{e}",
            ScoreCauseKind.Entry => cause.TaskId is { } task ? $"/tasks/{Uri.EscapeDataString(task)}" : null,
            ScoreCauseKind.Instruction => $"/instructions/{e}",
            ScoreCauseKind.Rectification => $"/b/{b}/rectifications/{e}",
            ScoreCauseKind.Extension => $"/b/{b}/extensions",
            ScoreCauseKind.Bulletin => $"/b/{b}/bulletins/{e}",
            ScoreCauseKind.Pledge => $"/b/{b}/pledges",
            ScoreCauseKind.Cycle => id.Split('/')[0] is { Length: > 0 } unit ? $"/b/{b}/units/{Uri.EscapeDataString(unit)}" : null,
            _ => null,
        };
    }

    public static string GradeName(AppraisalGrade grade) => Grains.Abstractions.Text.AppraisalText.GradeName(grade);

    /// <summary>The period of the year that contains <paramref name="day"/> under the scheme's kind (the running one).</summary>
    public static string Current(int year, AppraisalPeriodKind kind, DateOnly day) =>
        AppraisalPeriod.Of(year, kind).FirstOrDefault(p => p.Contains(day))?.Key ?? AppraisalPeriod.Of(year, kind)[^1].Key;
}
