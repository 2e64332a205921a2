namespace Responsibility.Grains.Abstractions.Ballots;

/// <summary>
/// Who asks to vote, as their account stands: an attendee when their display name, or the name of the leader they are,
/// is among the meeting's chair and attendees.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.Voter")]
public sealed record Voter(string Username, string DisplayName, string? LeaderId);
