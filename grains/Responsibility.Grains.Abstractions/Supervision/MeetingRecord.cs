namespace Responsibility.Grains.Abstractions.Supervision;

/// <summary>A meeting as its events leave it; <see cref="Ratings"/> the 民主测评 results once its rating was closed.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.MeetingRecord")]
public sealed record MeetingRecord(
    MeetingDefinition Definition,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    MeetingDecision[] Decisions,
    int Version,
    Ballots.MeetingRatings? Ratings = null)
{
    /// <summary>The meeting as it stood at <paramref name="cut"/>; null when it was recorded later.</summary>
    public MeetingRecord? AsOf(DateTimeOffset cut) =>
        RecordedAt > cut ? null : this with
        {
            Decisions = [.. Decisions.Where(d => d.AddedAt <= cut)],
            Ratings = Ratings?.ClosedAt <= cut ? Ratings : null,
        };
}
