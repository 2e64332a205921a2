namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Ballots;

/// <summary>
/// A 述责述廉 meeting's ballot box, keyed by the meeting id: the ballots' contents and nothing about who cast them. Its
/// stream's events name no voter (their actor is <see cref="Actor"/>) and carry the meeting's day, not the moment of
/// casting. Only the meeting grain casts, after marking the voter in the <see cref="IBallotRollGrain"/>.
/// </summary>
public interface IBallotBoxGrain : IGrainWithStringKey
{
    /// <summary>What the log records as the actor of every ballot: the box, never a person.</summary>
    public const string Actor = "ballot-box";

    Task Cast(string brigadeId, DateOnly meetingDay, Ballot ballot);

    /// <summary>Every ballot cast, in no meaningful order, for counting.</summary>
    Task<Ballot[]> Ballots();
}

/// <summary>
/// Who has voted for whom at a 述责述廉 meeting, keyed by the meeting id: a set of (attendee, leader) marks with no ballot
/// content, no time and no order, so nothing joins it back to the ballot box.
/// </summary>
public interface IBallotRollGrain : IGrainWithStringKey
{
    /// <summary>Marks the attendee as having rated the leader; <see cref="ErrorKind.Conflict"/> when already marked.</summary>
    Task Mark(string attendee, string leaderId);

    /// <summary>The leaders the attendee has rated.</summary>
    Task<string[]> RatedBy(string attendee);
}
