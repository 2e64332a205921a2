namespace Responsibility.Grains.Abstractions.Ballots;

/// <summary>
/// A 述责述廉 meeting's 民主测评 per leader: live while <see cref="Closed"/> is false, final once a brigade leader closed
/// the rating (<see cref="ClosedAt"/>, <see cref="ClosedBy"/>) with the brigade's <see cref="Threshold"/> of the day.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.MeetingRatings")]
public sealed record MeetingRatings(
    string MeetingId,
    DateOnly Date,
    bool Closed,
    DateTimeOffset? ClosedAt,
    string? ClosedBy,
    double Threshold,
    LeaderRating[] Leaders);
