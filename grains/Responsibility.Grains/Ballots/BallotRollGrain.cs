namespace Responsibility.Grains.Ballots;

using Responsibility.Grains.Abstractions;

/// <summary>
/// The roll of a meeting's 民主测评: plain grain state, written in place, not a log — a log would keep the order and time
/// of each mark, and the order could be matched against the ballot box's. Non-reentrant, so a mark is checked and written
/// before the next request is looked at.
/// </summary>
public sealed class BallotRollGrain(
    [PersistentState("ballot-roll", StorageNames.Main)] IPersistentState<BallotRollState> state) : Grain, IBallotRollGrain
{
    public async Task Mark(string attendee, string leaderId)
    {
        var marks = state.State.Marks;
        var key = Key(attendee, leaderId);
        var at = marks.BinarySearch(key, StringComparer.Ordinal);
        if (at >= 0)
        {
            throw DomainException.Conflict("您已为该班子成员测评，每人每位只能测评一次。", "leaderId");
        }

        marks.Insert(~at, key);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            marks.RemoveAt(~at);
            throw;
        }
    }

    public Task<string[]> RatedBy(string attendee)
    {
        var prefix = attendee + BallotRollState.Separator;
        return Task.FromResult(state.State.Marks.Where(m => m.StartsWith(prefix, StringComparison.Ordinal)).Select(m => m[prefix.Length..]).ToArray());
    }

    private static string Key(string attendee, string leaderId) => attendee + BallotRollState.Separator + leaderId;
}
