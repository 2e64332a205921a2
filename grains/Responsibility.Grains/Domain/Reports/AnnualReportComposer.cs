namespace Responsibility.Grains.Domain.Reports;

using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// Drafts the 法治建设年度报告 from a year's tasks as they stand at <c>asOf</c>, the first responsible leader's 清单, records and
/// 责任书 where read, the year's 督责 figures where read, and the next year's plan.
/// </summary>
public static class AnnualReportComposer
{
    public static AnnualReport Compose(ReportContext context, int year, DateOnly asOf, DateTimeOffset generatedAt)
    {
        var judged = context.Judge(year, asOf);
        var first = Array.Find(context.Brigade.Leaders, l => l.IsFirstResponsible);
        var shortcomings = judged
            .Where(t => t.Progress.Status is ProgressStatus.Red or ProgressStatus.Yellow
                        || (t.Progress.Status != ProgressStatus.Done && t.Definition.Due <= asOf))
            .OrderByDescending(t => t.Progress.Lag)
            .Select(context.Line)
            .ToArray();
        return new AnnualReport(
            context.Header,
            year,
            asOf,
            generatedAt,
            Rollups.Summarize(judged),
            ByCategory(context, judged),
            context.IndicatorLines(judged, []),
            first is null ? null : context.LeaderLine(first, judged),
            judged.Where(t => first is not null && t.Definition.LeaderId == first.Id && t.Definition.DutyLine == DutyLine.Accountability)
                .Select(context.Line).ToArray(),
            shortcomings,
            ByCategory(context, context.Judge(year + 1, asOf)),
            first is null ? null : context.Duties?.Of(first.Id, new DateOnly(year, 1, 1), asOf),
            first is null ? null : context.Duties?.PledgesOf(first.Id, ReportCalendar.EndOfDay(asOf, context.Zone)),
            context.Oversight is { } oversight ? OversightLines.Annual(context, oversight, year, asOf) : null);
    }

    private static AnnualCategory[] ByCategory(ReportContext context, List<JudgedTask> tasks) => tasks
        .GroupBy(t => t.Definition.Category, StringComparer.Ordinal)
        .Select(g => new AnnualCategory(g.Key, Rollups.Summarize(g), g.Select(context.Line).ToArray()))
        .ToArray();
}
