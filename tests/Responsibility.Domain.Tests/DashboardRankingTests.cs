namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Domain;

public class DashboardRankingTests
{
    [Theory]
    [InlineData(new[] { 90.0, 80.0, 70.0 }, new[] { 1, 2, 3 })]
    [InlineData(new[] { 80.0, 90.0, 80.0, 70.0 }, new[] { 2, 1, 2, 4 })]
    [InlineData(new[] { 88.25, 88.25 }, new[] { 1, 1 })]
    public void HigherScoreRanksFirstAndEqualScoresShareARank(double[] scores, int[] ranks)
    {
        Assert.Equal(ranks.Select(r => (int?)r), DashboardRanking.Ranks([.. scores.Select(s => (double?)s)]));
    }

    [Fact]
    public void BrigadeWithoutAScoreHasNoRankAndDoesNotPushOthersDown()
    {
        Assert.Equal([null, 1, 2], DashboardRanking.Ranks([null, 75.5, 60]));
    }
}
