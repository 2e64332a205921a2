namespace Responsibility.Grains.Domain.Appraisal;

using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Oversight;

/// <summary>An automatic indicator's points for one subject: <c>base + Σ causes</c> kept within [0, maxPoints], and the causes.</summary>
public sealed record AutomaticLine(string Indicator, decimal Points, ScoreCause[] Causes);

/// <summary>
/// The automatic rules (SPEC §6) over the log, per subject. Each rule lists its occurrences (see
/// <see cref="TaskOccurrences"/>, <see cref="OversightOccurrences"/>, <see cref="DutyOccurrences"/> for what each counts);
/// an occurrence counts when its day lies in the period and is no later than the day asked, and only facts recorded by
/// the end of that day (brigade time zone) are known, so a score as of a past day replays as it stood then.
/// </summary>
public static class AutomaticPoints
{
    /// <summary>
    /// Every automatic indicator of <paramref name="subjects"/> for every subject of that kind (the brigade's units or
    /// leaders), by subject id: each occurrence earns the rule's points, the line <c>clamp(base + Σ, 0, maxPoints)</c>,
    /// causes ordered by day, kind and id. <paramref name="inputs"/>' 清单 must be those read as of <paramref name="asOf"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, AutomaticLine[]> Count(
        AppraisalScheme scheme, AppraisalPeriod period, DutyHolderKind subjects, ScoringInputs inputs, DateOnly asOf)
    {
        var view = new ScoringView(inputs, asOf);
        var indicators = scheme.Scoring(subjects).Where(i => i.IsAutomatic).ToArray();
        var occurrences = indicators.Select(i => i.Rule!.Kind).Distinct().ToDictionary(
            kind => kind,
            kind => Occurrences(view, period, kind)
                .Where(o => period.Contains(o.On) && o.On <= asOf)
                .OrderBy(o => o.On).ThenBy(o => o.Kind).ThenBy(o => o.Id, StringComparer.Ordinal)
                .ToArray());
        var ids = subjects == DutyHolderKind.Unit ? inputs.Brigade.Units.Select(u => u.Id) : inputs.Brigade.Leaders.Select(l => l.Id);
        return ids.ToDictionary(
            id => id,
            id => indicators.Select(i => Line(i, occurrences[i.Rule!.Kind].Where(o => o.CountsFor(subjects, id)))).ToArray(),
            StringComparer.Ordinal);
    }

    private static AutomaticLine Line(AppraisalIndicator indicator, IEnumerable<Occurrence> occurrences)
    {
        var rule = indicator.Rule!;
        var causes = occurrences.Select(o => o.Cause(rule.Points)).ToArray();
        var points = (rule.Base ?? 0) + causes.Sum(c => c.Points);
        return new AutomaticLine(indicator.Code, Math.Clamp(points, 0, Math.Max(0, indicator.MaxPoints)), causes);
    }

    private static IEnumerable<Occurrence> Occurrences(ScoringView view, AppraisalPeriod period, AppraisalRuleKind kind) => kind switch
    {
        AppraisalRuleKind.ReportedOnTime => TaskOccurrences.ReportedOnTime(view, period),
        AppraisalRuleKind.TaskDone => TaskOccurrences.TaskDone(view, period),
        AppraisalRuleKind.TaskOnPace => TaskOccurrences.TaskOnPace(view, period),
        AppraisalRuleKind.EntryReturned => TaskOccurrences.EntryReturned(view),
        AppraisalRuleKind.InstructionClosedOnTime => OversightOccurrences.InstructionClosedOnTime(view),
        AppraisalRuleKind.RectificationClosedOnTime => OversightOccurrences.RectificationClosedOnTime(view),
        AppraisalRuleKind.Extension => OversightOccurrences.Extension(view),
        AppraisalRuleKind.DutySlotRecorded => DutyOccurrences.Slots(view, SlotState.Recorded),
        AppraisalRuleKind.DutySlotMissed => DutyOccurrences.Slots(view, SlotState.Missed),
        AppraisalRuleKind.PledgeSigned => DutyOccurrences.PledgeSigned(view),
        AppraisalRuleKind.Commended => OversightOccurrences.Bulletins(view, BulletinKind.Commendation),
        AppraisalRuleKind.Criticised => OversightOccurrences.Bulletins(view, BulletinKind.Criticism),
        _ => [],
    };
}
