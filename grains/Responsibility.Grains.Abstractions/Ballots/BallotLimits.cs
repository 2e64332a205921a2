namespace Responsibility.Grains.Abstractions.Ballots;

/// <summary>The 民主测评 threshold (<see cref="Org.BrigadeSettings.RatingLimit"/>): an overall average below it asks for a 提醒谈话.</summary>
public static class BallotLimits
{
    public const double DefaultThreshold = 70;
}
