namespace Responsibility.Grains.Supervision;

using Responsibility.Grains.Abstractions.Ballots;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Journal;

/// <summary>A meeting as its events leave it.</summary>
[GenerateSerializer]
public sealed class MeetingState : IEventState<MeetingEvent>
{
    [Id(0)]
    public MeetingDefinition? Definition { get; set; }

    [Id(1)]
    public string RecordedBy { get; set; } = "";

    [Id(2)]
    public DateTimeOffset RecordedAt { get; set; }

    [Id(3)]
    public List<MeetingDecision> Decisions { get; set; } = [];

    [Id(4)]
    public int Events { get; set; }

    [Id(5)]
    public MeetingRatings? Ratings { get; set; }

    public void Apply(MeetingEvent e)
    {
        Events++;
        switch (e)
        {
            case MeetingRecorded recorded:
                (Definition, RecordedBy, RecordedAt) = (recorded.Definition, e.Actor, e.At);
                break;
            case DecisionAdded added:
                Decisions.Add(added.Decision);
                break;
            case RatingClosed closed:
                Ratings = closed.Ratings;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "unknown meeting event");
        }
    }

    public MeetingRecord? Record() => Definition is null ? null : new(Definition, RecordedBy, RecordedAt, [.. Decisions], Events, Ratings);
}
