namespace Responsibility.Grains.Ballots;

using Responsibility.Grains.Abstractions.Ballots;
using Responsibility.Grains.Journal;

/// <summary>A ballot box's events: ballots as cast, with no voter (the actor is the box) and the meeting's day as their time.</summary>
[GenerateSerializer]
public abstract record BallotEvent : JournalEvent
{
    public static readonly EventCodec<BallotEvent> Codec = new(new Dictionary<string, Type>
    {
        ["BallotCast"] = typeof(BallotCast),
    });

    public static string Stream(string meetingId) => "ballots/" + meetingId;
}

[GenerateSerializer, Alias("Responsibility.BallotCast")]
public sealed record BallotCast(string BrigadeId, Ballot Ballot) : BallotEvent;
