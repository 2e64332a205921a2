namespace Responsibility.Api.Meetings;

using Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// A meeting with the report it heard and its decisions, each with its units' instructions as they stand today; its kind,
/// and for a 述责述廉 meeting whether its 民主测评 is closed.
/// </summary>
public sealed record MeetingResponse(
    string Id,
    string BrigadeId,
    DateOnly Date,
    string Title,
    string Chair,
    string[] Attendees,
    string[] Topics,
    string? ReportMonth,
    int? ReportVersion,
    string RecordedBy,
    string RecordedByName,
    DateTimeOffset RecordedAt,
    DecisionResponse[] Decisions,
    MeetingKind Kind,
    bool RatingClosed);
