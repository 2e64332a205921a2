namespace Responsibility.Grains.Supervision;

using Responsibility.Grains.Abstractions.Ballots;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Journal;

/// <summary>A meeting's record and its decisions, each decision carried out by the instructions it names.</summary>
[GenerateSerializer]
public abstract record MeetingEvent : JournalEvent
{
    public static readonly EventCodec<MeetingEvent> Codec = new(new Dictionary<string, Type>
    {
        ["MeetingRecorded"] = typeof(MeetingRecorded),
        ["DecisionAdded"] = typeof(DecisionAdded),
        ["RatingClosed"] = typeof(RatingClosed),
    });

    public static string Stream(string meetingId) => "meeting/" + meetingId;
}

[GenerateSerializer, Alias("Responsibility.MeetingRecorded")]
public sealed record MeetingRecorded(MeetingDefinition Definition) : MeetingEvent;

[GenerateSerializer, Alias("Responsibility.DecisionAdded")]
public sealed record DecisionAdded(MeetingDecision Decision) : MeetingEvent;

/// <summary>The 民主测评 closed: its results as final, judged against the threshold of the day.</summary>
[GenerateSerializer, Alias("Responsibility.RatingClosed")]
public sealed record RatingClosed(MeetingRatings Ratings) : MeetingEvent;
