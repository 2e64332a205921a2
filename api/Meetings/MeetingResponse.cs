namespace Responsibility.Api.Meetings;

/// <summary>A meeting with the report it heard and its decisions, each with its units' instructions as they stand today.</summary>
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
    DecisionResponse[] Decisions);
