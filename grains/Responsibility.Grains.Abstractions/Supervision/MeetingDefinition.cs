namespace Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// A 党总支扩大会 (月度例会) as recorded: when, what, who chaired and attended (names as people write them), the topics,
/// and the monthly report it heard (<see cref="ReportMonth"/> yyyy-MM, version <see cref="ReportVersion"/>; none for a
/// 述责述廉 meeting). <see cref="Kind"/> came later: meetings stored before it read as monthly.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.MeetingDefinition")]
public sealed record MeetingDefinition(
    string Id,
    string BrigadeId,
    DateOnly Date,
    string Title,
    string Chair,
    string[] Attendees,
    string[] Topics,
    string? ReportMonth,
    int? ReportVersion,
    MeetingKind Kind = MeetingKind.Monthly);
