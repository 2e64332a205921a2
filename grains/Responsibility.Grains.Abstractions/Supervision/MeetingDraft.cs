namespace Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// A meeting as a brigade leader records it; <see cref="ReportMonth"/> (yyyy-MM) is the monthly report it heard, by
/// default the month before the meeting; a 述责述廉 meeting (<see cref="MeetingKind.Accountability"/>) hears none.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.MeetingDraft")]
public sealed record MeetingDraft(
    string BrigadeId,
    DateOnly Date,
    string Title,
    string Chair,
    string[] Attendees,
    string[] Topics,
    string? ReportMonth,
    MeetingKind Kind = MeetingKind.Monthly);
