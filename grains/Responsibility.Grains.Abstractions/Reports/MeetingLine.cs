namespace Responsibility.Grains.Abstractions.Reports;

/// <summary>上次例会议定事项落实情况: the latest meeting held by the report's date, and its decisions.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.MeetingLine")]
public sealed record MeetingLine(string MeetingId, DateOnly Date, string Title, DecisionLine[] Decisions);
