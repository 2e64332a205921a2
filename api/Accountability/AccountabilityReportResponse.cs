namespace Responsibility.Api.Accountability;

using Responsibility.Grains.Abstractions.Appraisal;

/// <summary>
/// A 述责述廉报告 as the API shows it: its state, the version shown of how many, its four parts (<see cref="Sections"/>:
/// plain text, one paragraph a line; <c>integrity</c> only the leader's words, empty in a draft), the figures it was drafted
/// from as of <see cref="AsOf"/>, and every step by whom (display name) and when.
/// </summary>
public sealed record AccountabilityReportResponse(
    string BrigadeId,
    string LeaderId,
    string LeaderName,
    string LeaderPost,
    int Year,
    string Title,
    AccountabilityState State,
    string? ReturnNote,
    int Version,
    int Versions,
    DateOnly AsOf,
    AccountabilitySections Sections,
    AccountabilityFigures Figures,
    AccountabilityStepResponse[] History)
{
    public static AccountabilityReportResponse From(AccountabilityReport r, Func<string, string> name) => new(
        r.BrigadeId, r.LeaderId, r.LeaderName, r.LeaderPost, r.Year, global::Responsibility.Reports.Layouts.AccountabilityReportLayout.Title(r), r.State,
        r.ReturnNote, r.Shown.Number, r.Versions, r.AsOf, r.Shown.Sections, r.Figures,
        [.. r.History.Select(s => new AccountabilityStepResponse(s.Kind, s.Version, name(s.Actor), s.At, s.Note))]);
}

/// <summary>One step of a report: what, on which version, by whom (display name), when, and a return's note.</summary>
public sealed record AccountabilityStepResponse(AccountabilityStepKind Kind, int Version, string By, DateTimeOffset At, string? Note);
