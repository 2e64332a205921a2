namespace Responsibility.Grains.Domain.Reports;

using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// Composes a 支队's 月度调度通报 from its brigades' figures as of the month's end: the dashboard's rows ranked, each
/// brigade's Red tasks from its own rollup, and the 督办 in play during the month. Plain C#, no Orleans.
/// </summary>
public static class DetachmentReportComposer
{
    /// <summary>One brigade's part: its dashboard row and its own rollup as of the same day (the Red tasks, its units' names).</summary>
    public sealed record BrigadeFigures(DetachmentDashboardRow Row, BrigadeRollup Rollup);

    public static DetachmentReport Compose(
        DetachmentInfo detachment,
        int year,
        int month,
        int version,
        int number,
        DateTimeOffset generatedAt,
        string generatedBy,
        IEnumerable<BrigadeFigures> brigades,
        IEnumerable<DetachmentInstructionLine> instructions)
    {
        var asOf = MonthlyReportComposer.EndOf(year, month);
        return new DetachmentReport(
            detachment.Id, detachment.Settings.Name, detachment.Settings.TimeZone, year, month, version, number, asOf,
            generatedAt, generatedBy, Rank(brigades), InPlay(instructions, year, month));
    }

    /// <summary>Highest percent first; ties: fewer Red, then the brigade id, so a rank never depends on attach order.</summary>
    public static DetachmentReportBrigade[] Rank(IEnumerable<BrigadeFigures> brigades) => brigades
        .OrderByDescending(b => b.Row.Percent)
        .ThenBy(b => b.Row.Counts.Red)
        .ThenBy(b => b.Row.BrigadeId, StringComparer.Ordinal)
        .Select((b, i) => new DetachmentReportBrigade(
            i + 1, b.Row.BrigadeId, b.Row.Name, b.Row.Percent, b.Row.Expected, b.Row.TaskCount, b.Row.Counts,
            b.Row.UnreportedUnits, b.Row.OverdueInstructions, b.Row.OverdueRectifications, Red(b)))
        .ToArray();

    /// <summary>
    /// The 督办 the month saw: issued by its end and not closed before it began, as they stand now; the oldest first.
    /// </summary>
    public static DetachmentInstructionLine[] InPlay(IEnumerable<DetachmentInstructionLine> instructions, int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        var last = MonthlyReportComposer.EndOf(year, month);
        return instructions
            .Where(i => i.IssuedOn <= last && (i.ClosedOn is not { } closed || closed >= first))
            .OrderBy(i => i.IssuedOn)
            .ThenBy(i => i.BrigadeId, StringComparer.Ordinal)
            .ThenBy(i => i.InstructionId, StringComparer.Ordinal)
            .ToArray();
    }

    private static DetachmentRedTask[] Red(BrigadeFigures b)
    {
        var units = b.Rollup.Units.GroupBy(u => u.UnitId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        return b.Rollup.Overall.Lagging
            .Where(t => t.Status == ProgressStatus.Red)
            .OrderByDescending(t => t.Lag)
            .ThenBy(t => t.Code, StringComparer.Ordinal)
            .Take(DetachmentReportBrigade.RedListed)
            .Select(t => new DetachmentRedTask(t.TaskId, t.Code, t.Title, t.UnitId, units.GetValueOrDefault(t.UnitId, t.UnitId), t.Percent, t.Expected))
            .ToArray();
    }
}
