namespace Responsibility.Grains.Abstractions.Supervision;

/// <summary>A meeting as its events leave it.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.MeetingRecord")]
public sealed record MeetingRecord(
    MeetingDefinition Definition,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    MeetingDecision[] Decisions,
    int Version)
{
    /// <summary>The meeting as it stood at <paramref name="cut"/>; null when it was recorded later.</summary>
    public MeetingRecord? AsOf(DateTimeOffset cut) =>
        RecordedAt > cut ? null : this with { Decisions = [.. Decisions.Where(d => d.AddedAt <= cut)] };
}
