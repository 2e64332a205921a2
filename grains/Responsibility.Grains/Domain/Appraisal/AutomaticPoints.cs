namespace Responsibility.Grains.Domain.Appraisal;

using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;

/// <summary>An automatic indicator's points for one subject: <c>base + Σ causes</c> kept within [0, maxPoints], and the causes.</summary>
public sealed record AutomaticLine(string Indicator, decimal Points, ScoreCause[] Causes);

/// <summary>The automatic rules (SPEC §6) over the log, per subject.</summary>
public static class AutomaticPoints
{
    /// <summary>
    /// Placeholder until the rules land: every automatic indicator of <paramref name="subjects"/> for every subject of
    /// that kind, by subject id, counted inside <paramref name="period"/> up to the end of <paramref name="asOf"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, AutomaticLine[]> Count(
        AppraisalScheme scheme, AppraisalPeriod period, DutyHolderKind subjects, ScoringInputs inputs, DateOnly asOf)
    {
        var ids = subjects == DutyHolderKind.Unit ? inputs.Brigade.Units.Select(u => u.Id) : inputs.Brigade.Leaders.Select(l => l.Id);
        return ids.ToDictionary(
            id => id,
            _ => scheme.Scoring(subjects).Where(i => i.IsAutomatic)
                .Select(i => new AutomaticLine(i.Code, Math.Clamp(i.Rule!.Base ?? 0, 0, i.MaxPoints), [])).ToArray(),
            StringComparer.Ordinal);
    }
}
