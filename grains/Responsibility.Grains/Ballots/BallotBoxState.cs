namespace Responsibility.Grains.Ballots;

using Responsibility.Grains.Abstractions.Ballots;
using Responsibility.Grains.Journal;

/// <summary>The ballots of one meeting, as cast.</summary>
[GenerateSerializer]
public sealed class BallotBoxState : IEventState<BallotEvent>
{
    [Id(0)]
    public string BrigadeId { get; set; } = "";

    [Id(1)]
    public List<Ballot> Ballots { get; set; } = [];

    public void Apply(BallotEvent e)
    {
        switch (e)
        {
            case BallotCast cast:
                BrigadeId = cast.BrigadeId;
                Ballots.Add(cast.Ballot);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "unknown ballot event");
        }
    }
}
