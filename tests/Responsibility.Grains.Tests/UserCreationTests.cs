namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;

/// <summary>Apis of a cluster starting together each try to create the system admin: one of them does, once.</summary>
[Collection(ClusterCollection.Name)]
public sealed class UserCreationTests(ClusterFixture cluster)
{
    [Fact]
    public async Task OfSeveralCreatingTheSameAccountAtOnceExactlyOneWinsAndItsAccountIsKept()
    {
        var username = $"admin-{Guid.NewGuid():N}";
        var user = cluster.Grains.GetGrain<IUserGrain>(username);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            user.CreateIfAbsent(new UserAccount(username, "系统管理员", $"hash-{i}", Role.Admin, null, null, null), "system")));

        var winner = Assert.Single(Enumerable.Range(0, 8), i => attempts[i]);
        Assert.Equal($"hash-{winner}", (await user.Get())!.PasswordHash);
    }

    [Fact]
    public async Task AnExistingAccountIsNeverReplacedByACreation()
    {
        var username = $"admin-{Guid.NewGuid():N}";
        var user = cluster.Grains.GetGrain<IUserGrain>(username);
        await user.Save(new UserAccount(username, "系统管理员", "changed-since", Role.Admin, null, null, null), "system");

        var created = await user.CreateIfAbsent(new UserAccount(username, "系统管理员", "first-start", Role.Admin, null, null, null), "system");

        Assert.False(created);
        Assert.Equal("changed-since", (await user.Get())!.PasswordHash);
    }
}
