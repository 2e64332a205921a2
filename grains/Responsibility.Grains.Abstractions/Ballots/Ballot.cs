namespace Responsibility.Grains.Abstractions.Ballots;

using Responsibility.Grains.Abstractions.Appraisal;

/// <summary>One anonymous ballot for one leader: what it says, never who cast it.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.Ballot")]
public sealed record Ballot(string LeaderId, BallotScores Scores, AppraisalGrade Grade);
