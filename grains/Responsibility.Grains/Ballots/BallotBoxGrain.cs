namespace Responsibility.Grains.Ballots;

using Orleans.Providers;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Ballots;
using Responsibility.Grains.Journal;
using Responsibility.Storage.Events;

/// <summary>
/// A meeting's ballots as their own stream. The log keeps an actor and a time for every event: here the actor is the box
/// and the time the meeting's day (midnight UTC), the same for every ballot, so a row says nothing of who cast it or when.
/// </summary>
[LogConsistencyProvider(ProviderName = LogProviders.Events)]
public sealed class BallotBoxGrain(IEventStore events)
    : LoggedGrain<BallotBoxState, BallotEvent>(events, BallotEvent.Codec), IBallotBoxGrain
{
    protected override string Stream => BallotEvent.Stream(this.GetPrimaryKeyString());

    public Task Cast(string brigadeId, DateOnly meetingDay, Ballot ballot) =>
        Raise(new BallotCast(brigadeId, ballot)
        {
            Actor = IBallotBoxGrain.Actor,
            At = new DateTimeOffset(meetingDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        });

    public Task<Ballot[]> Ballots() => Task.FromResult(State.Ballots.ToArray());

    protected override string ScopeOf(BallotBoxState state) => state.BrigadeId;
}
