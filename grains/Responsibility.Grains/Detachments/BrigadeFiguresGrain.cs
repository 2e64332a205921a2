namespace Responsibility.Grains.Detachments;

using Microsoft.Extensions.DependencyInjection;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Domain.Reports;

/// <summary>
/// Counts a brigade's figures inside the brigade, each as its own route judges it as of the day: the rollup and 催报 from
/// the brigade, 督办 and 整改 overdue from the 督办/督责台账 cut at the day's end, extensions decided by then. The 考核 score
/// is a projection of the whole log (~150 ms for a big brigade), so it is kept per (year, period, day): a minute for
/// today (a new fact shows within it), ten minutes for a past day (a late 考核组评分 or back-dated entry shows within it).
/// </summary>
public sealed class BrigadeFiguresGrain([FromKeyedServices(DomainClock.Key)] TimeProvider time) : Grain, IBrigadeFiguresGrain
{
    private const int Kept = 64;

    private static readonly TimeSpan TodayKept = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan PastKept = TimeSpan.FromMinutes(10);

    /// <summary>How long a score as of <paramref name="day"/> is kept: a minute for today (or later), ten for a past day.</summary>
    public static TimeSpan KeptFor(DateOnly day, DateOnly today) => day >= today ? TodayKept : PastKept;

    private readonly Dictionary<(int Year, string Period, DateOnly Day), (double? Score, DateTimeOffset Until)> scores = [];

    private string Id => this.GetPrimaryKeyString();

    public async Task<BrigadeFigures> Get(int year, DateOnly asOf)
    {
        var brigade = GrainFactory.GetGrain<IBrigadeGrain>(Id);
        var oversight = GrainFactory.GetGrain<IOversightGrain>(Id);

        // The brigade's reporting first, on its own: from that call on, any change anywhere below is told to the 支队
        // (IDetachmentGrain.BrigadeChanged), so what is read after it is either in this answer or told.
        var told = await brigade.GetReporting(year, asOf);
        var info = await brigade.GetInfo();
        var zone = BrigadeClock.Zone(info.Settings.TimeZone);
        var cut = ReportCalendar.EndOfDay(asOf, zone);
        var instructions = GrainFactory.GetGrain<ISupervisionGrain>(Id).ListInstructions(new InstructionFilter());
        var rectifications = oversight.ListRectifications(new RectificationFilter());
        var extensions = oversight.ListExtensions();
        var score = Score(info.Units.Length, year, asOf, BrigadeClock.Today(time, info.Settings.TimeZone));
        DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        var (points, period) = await score;
        return new BrigadeFigures(
            Id, info.Settings.Name, year, asOf, told.Overall, told.UnreportedUnitIds.Length,
            (await instructions).Count(v => v.Record.AsOf(cut)?.Status(asOf) == InstructionStatus.Overdue),
            (await rectifications).Count(r => r.AsOf(cut)?.IsOverdue(asOf) == true),
            (await extensions).Count(e => e.Decision is { Granted: true } d && d.At < cut && Day(d.At).Year == year),
            points,
            period);
    }

    /// <summary>The mean of the units' totals for the scheme's period containing the day (the year's last after it); null without a scheme.</summary>
    private async Task<(double? Score, string? Period)> Score(int units, int year, DateOnly asOf, DateOnly today)
    {
        var appraisal = GrainFactory.GetGrain<IAppraisalGrain>(GrainKeys.Appraisal(Id, year));
        var scheme = await appraisal.GetScheme();
        if (units == 0 || !scheme.Scoring(DutyHolderKind.Unit).Any())
        {
            return (null, null);
        }

        var periods = AppraisalPeriod.Of(year, scheme.Period);
        var period = (periods.FirstOrDefault(p => p.Contains(asOf)) ?? periods[^1]).Key;
        var now = time.GetUtcNow();
        if (scores.TryGetValue((year, period, asOf), out var kept) && kept.Until > now)
        {
            return (kept.Score, period);
        }

        var answer = await appraisal.GetScores(period, DutyHolderKind.Unit, asOf);
        double? score = answer.Scores.Length == 0 ? null : Math.Round((double)answer.Scores.Average(s => s.Points), 2, MidpointRounding.AwayFromZero);
        foreach (var stale in scores.Where(s => s.Value.Until <= now || scores.Count >= Kept).Select(s => s.Key).ToList())
        {
            scores.Remove(stale);
        }

        scores[(year, period, asOf)] = (score, now + KeptFor(asOf, today));
        return (score, period);
    }
}
