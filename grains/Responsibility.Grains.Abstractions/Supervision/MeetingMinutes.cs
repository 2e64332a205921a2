namespace Responsibility.Grains.Abstractions.Supervision;

using Responsibility.Grains.Abstractions.Reports;

/// <summary>
/// What the 会议纪要 says: the meeting, the report it heard, and its decisions with units and leaders named as the
/// brigade names them when the minutes are made.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.MeetingMinutes")]
public sealed record MeetingMinutes(
    ReportHeader Header,
    string MeetingId,
    DateOnly Date,
    string Title,
    string Chair,
    string[] Attendees,
    string[] Topics,
    string? ReportMonth,
    MinutesDecision[] Decisions);
