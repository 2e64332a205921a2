namespace Responsibility.Grains.Abstractions.Ballots;

/// <summary>
/// A 民主测评 ballot's five dimensions, each 0–100: 落实主体责任 (<see cref="Responsibility"/>), 遵守政治纪律
/// (<see cref="Discipline"/>), 执行民主集中制 (<see cref="Centralism"/>), 改进作风 (<see cref="Style"/>), 廉洁自律
/// (<see cref="Integrity"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.BallotScores")]
public sealed record BallotScores(int Responsibility, int Discipline, int Centralism, int Style, int Integrity)
{
    public const int Max = 100;

    public int[] All => [Responsibility, Discipline, Centralism, Style, Integrity];
}
