namespace Responsibility.Grains.Abstractions.Ballots;

/// <summary>
/// A leader's 民主测评 result: ballots counted, the average of each dimension and of all five (<see cref="Overall"/>,
/// rounded to 0.01), the ballots per 档次, and whether the overall average is below the brigade's threshold.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.LeaderRating")]
public sealed record LeaderRating(
    string LeaderId,
    string LeaderName,
    int Ballots,
    RatingAverages Averages,
    double Overall,
    GradeCounts Grades,
    bool BelowThreshold);

/// <summary>The average of each dimension over the ballots counted (0 when none), rounded to 0.01.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.RatingAverages")]
public sealed record RatingAverages(double Responsibility, double Discipline, double Centralism, double Style, double Integrity);

/// <summary>How many ballots gave each 档次.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.GradeCounts")]
public sealed record GradeCounts(int Excellent, int Competent, int Basic, int Incompetent);
