namespace Responsibility.Grains.Duties;

using Responsibility.Grains.Abstractions.Appraisal;

/// <summary>
/// A leader's 述责述廉报告 of one year as its events leave it: the name and post and figures of the latest drafting, every
/// version of the text (the draft, each save and each redraft), every step, and the state the last step left.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AccountabilityLog")]
public sealed record AccountabilityLog(
    int Year,
    string LeaderName,
    string LeaderPost,
    DateOnly AsOf,
    AccountabilityFigures Figures,
    AccountabilityVersion[] Versions,
    AccountabilityStep[] Steps,
    AccountabilityState State)
{
    public AccountabilitySections Latest => Versions[^1].Sections;

    public static AccountabilityLog Apply(AccountabilityLog? log, DutyHolderEvent e)
    {
        switch (e)
        {
            case AccountabilityDrafted d:
                // A redraft keeps the leader's own text; the first draft has none.
                var sections = d.Sections with { Integrity = log?.Latest.Integrity ?? "" };
                var kind = AccountabilityStepKind.Drafted;
                var version = new AccountabilityVersion((log?.Versions.Length ?? 0) + 1, kind, sections, e.Actor, e.At);
                return new AccountabilityLog(
                    d.Year, d.LeaderName, d.LeaderPost, d.AsOf, d.Figures, [.. log?.Versions ?? [], version],
                    [.. log?.Steps ?? [], new AccountabilityStep(kind, version.Number, e.Actor, e.At, null)], log?.State ?? AccountabilityState.Draft);
            case AccountabilitySaved s:
                var saved = new AccountabilityVersion(log!.Versions.Length + 1, AccountabilityStepKind.Saved, s.Sections, e.Actor, e.At);
                return log with { Versions = [.. log.Versions, saved], Steps = [.. log.Steps, Step(AccountabilityStepKind.Saved, saved.Number, e, null)] };
            case AccountabilitySubmitted:
                return Moved(log!, AccountabilityStepKind.Submitted, AccountabilityState.Submitted, e, null);
            case AccountabilityReturned r:
                return Moved(log!, AccountabilityStepKind.Returned, AccountabilityState.Returned, e, r.Note);
            default:
                return Moved(log!, AccountabilityStepKind.Accepted, AccountabilityState.Accepted, e, null);
        }
    }

    /// <summary>The report at <paramref name="version"/> (null: the latest); null when it has no such version.</summary>
    public AccountabilityReport? Report(string brigadeId, string leaderId, int? version)
    {
        var shown = version is { } n ? Array.Find(Versions, v => v.Number == n) : Versions[^1];
        return shown is null
            ? null
            : new AccountabilityReport(brigadeId, leaderId, LeaderName, LeaderPost, Year, AsOf, State, Figures, shown, Versions.Length, Steps);
    }

    public AccountabilityReportInfo Info => new(Year, State, Versions.Length, Steps[^1].At);

    private static AccountabilityLog Moved(AccountabilityLog log, AccountabilityStepKind kind, AccountabilityState state, DutyHolderEvent e, string? note) =>
        log with { State = state, Steps = [.. log.Steps, Step(kind, log.Versions.Length, e, note)] };

    private static AccountabilityStep Step(AccountabilityStepKind kind, int version, DutyHolderEvent e, string? note) =>
        new(kind, version, e.Actor, e.At, note);
}
