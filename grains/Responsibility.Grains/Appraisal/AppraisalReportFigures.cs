namespace Responsibility.Grains.Appraisal;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Reports;

/// <summary>The year's 考核 as a report states it, read from the brigade's <see cref="IAppraisalGrain"/>.</summary>
internal static class AppraisalReportFigures
{
    /// <summary>How many units a period's figures name as its best.</summary>
    public const int TopUnits = 3;

    /// <summary>Each period of the year's scheme begun by <paramref name="day"/>, as of that day; null without a scheme.</summary>
    public static async Task<AppraisalFigures?> Read(IGrainFactory grains, string brigadeId, int year, DateOnly day)
    {
        var appraisal = grains.GetGrain<IAppraisalGrain>(GrainKeys.Appraisal(brigadeId, year));
        var scheme = await appraisal.GetScheme();
        if (scheme.Indicators.Length == 0)
        {
            return null;
        }

        var periods = new List<AppraisalPeriodFigures>();
        foreach (var period in AppraisalPeriod.Of(year, scheme.Period).Where(p => p.Start <= day))
        {
            var asOf = day < period.End ? day : period.End;
            var units = await appraisal.GetScores(period.Key, DutyHolderKind.Unit, asOf);
            var leaders = await appraisal.GetScores(period.Key, DutyHolderKind.Leader, asOf);
            periods.Add(new AppraisalPeriodFigures(
                period.Key,
                units.Locked,
                GradeCount.Of(units.Scores),
                GradeCount.Of(leaders.Scores),
                [.. units.Scores.OrderBy(s => s.Rank).Take(TopUnits).Select(s => s.Subject.Name)]));
        }

        return new AppraisalFigures([.. periods]);
    }
}
