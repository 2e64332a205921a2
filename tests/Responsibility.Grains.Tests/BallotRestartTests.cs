namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Ballots;

/// <summary>Ballots and the roll outlive a restart: replayed, each ballot counts once and nobody votes twice. Its own cluster.</summary>
public sealed class BallotRestartTests : IAsyncLifetime
{
    private readonly ClusterFixture cluster = new();

    public Task InitializeAsync() => cluster.InitializeAsync();

    public Task DisposeAsync() => cluster.DisposeAsync();

    [Fact]
    public async Task BallotsAreCountedOnceAfterARestartAndTheRollStillRefusesASecond()
    {
        var (_, meeting) = await BallotTests.Arrange(cluster);
        var liMing = new Voter("liming", "李明", null);
        await meeting.CastBallot(liMing, BallotTests.Ballot("zhao", 80, AppraisalGrade.Competent));
        await meeting.CastBallot(new Voter("zhanghua", "张华", null), BallotTests.Ballot("zhao", 70, AppraisalGrade.Basic));

        await cluster.Restart();
        var replayed = cluster.Grains.GetGrain<IMeetingGrain>(meeting.GetPrimaryKeyString());
        var again = await Assert.ThrowsAsync<DomainException>(() => replayed.CastBallot(liMing, BallotTests.Ballot("zhao", 100, AppraisalGrade.Excellent)));

        var zhao = (await replayed.Ratings()).Leaders.Single(l => l.LeaderId == "zhao");
        Assert.Equal((2, 75.0), (zhao.Ballots, zhao.Overall));
        Assert.Equal(ErrorKind.Conflict, again.Kind);
        Assert.Equal(["zhao"], await replayed.RatedBy(liMing));
    }
}
