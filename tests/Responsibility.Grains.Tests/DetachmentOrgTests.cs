namespace Responsibility.Grains.Tests;

using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Audit;
using Responsibility.Grains.Brigades;
using Responsibility.Grains.Detachments;
using Responsibility.Grains.Users;
using Responsibility.Storage.Events;

/// <summary>
/// A 支队 and its brigades (IDetachmentGrain.Attach, IBrigadeGrain.JoinDetachment): a brigade attached twice is one
/// event on each side, another detachment's brigade is a conflict, an unknown one missing, and both sides survive a
/// restart. Its accounts keep to their detachment. Its own cluster, since it restarts.
/// </summary>
public sealed class DetachmentOrgTests : IAsyncLifetime
{
    private readonly ClusterFixture cluster = new();

    public Task InitializeAsync() => cluster.InitializeAsync();

    public Task DisposeAsync() => cluster.DisposeAsync();

    private IEventStore Events => ((InProcessSiloHandle)cluster.Cluster.Primary!).SiloHost.Services.GetRequiredService<IEventStore>();

    private async Task<IDetachmentGrain> Detachment(string name = "淄博市公安局交通警察支队")
    {
        var detachment = cluster.Grains.GetGrain<IDetachmentGrain>("d-" + Guid.NewGuid().ToString("N")[..10]);
        await detachment.Configure(new DetachmentSettings(name, "Asia/Shanghai"), "admin");
        return detachment;
    }

    [Fact]
    public async Task TheSameBrigadeAttachedTwiceIsOneEventOnEachSide()
    {
        var detachment = await Detachment();
        var brigade = await new TestBrigade(cluster.Grains).Create();

        await detachment.Attach(brigade.Id, "admin");
        var info = await detachment.Attach(brigade.Id, "admin");

        Assert.Equal([(brigade.Id, "淄川大队", new DateOnly(2024, 6, 15))], info.Brigades.Select(b => (b.BrigadeId, b.Name, b.AttachedOn)));
        var id = detachment.GetPrimaryKeyString();
        Assert.Single(await Events.ReadStreamAsync(DetachmentEvent.Stream(id)), e => e.Kind == "DetachmentBrigadeAttached");
        Assert.Single(await Events.ReadStreamAsync(BrigadeEvent.Stream(brigade.Id)), e => e.Kind == "BrigadeJoinedDetachment");
        Assert.Equal(id, (await brigade.Brigade.GetInfo()).DetachmentId);
        Assert.True(await detachment.HasBrigade(brigade.Id));
    }

    [Fact]
    public async Task AnotherDetachmentsBrigadeIsAConflictAndAnUnknownOneIsMissing()
    {
        var first = await Detachment();
        var second = await Detachment("另一支队");
        var brigade = await new TestBrigade(cluster.Grains).Create();
        await first.Attach(brigade.Id, "admin");

        var taken = await Assert.ThrowsAsync<DomainException>(() => second.Attach(brigade.Id, "admin"));
        var unknown = await Assert.ThrowsAsync<DomainException>(() => second.Attach("b-nobody", "admin"));
        var nowhere = await Assert.ThrowsAsync<DomainException>(
            () => cluster.Grains.GetGrain<IDetachmentGrain>("d-nowhere").Attach(brigade.Id, "admin"));

        Assert.Equal(ErrorKind.Conflict, taken.Kind);
        Assert.Equal(ErrorKind.NotFound, unknown.Kind);
        Assert.Equal(ErrorKind.NotFound, nowhere.Kind);
        Assert.Empty((await second.GetInfo()).Brigades);
        Assert.False(await second.HasBrigade(brigade.Id));
        Assert.Equal(first.GetPrimaryKeyString(), (await brigade.Brigade.GetInfo()).DetachmentId);
    }

    [Fact]
    public async Task TheDetachmentAndItsBrigadesSurviveARestart()
    {
        var detachment = await Detachment();
        var a = await new TestBrigade(cluster.Grains).Create();
        var b = await new TestBrigade(cluster.Grains).Create();
        await detachment.Attach(a.Id, "admin");
        await detachment.Attach(b.Id, "admin");
        var id = detachment.GetPrimaryKeyString();

        await cluster.Restart();
        var again = cluster.Grains.GetGrain<IDetachmentGrain>(id);
        var info = await again.GetInfo();
        await again.Attach(a.Id, "admin");

        Assert.Equal("淄博市公安局交通警察支队", info.Settings.Name);
        Assert.Equal([a.Id, b.Id], info.Brigades.Select(x => x.BrigadeId));
        Assert.Equal(id, (await cluster.Grains.GetGrain<IBrigadeGrain>(b.Id).GetInfo()).DetachmentId);
        Assert.Equal(2, (await Events.ReadStreamAsync(DetachmentEvent.Stream(id))).Count(e => e.Kind == "DetachmentBrigadeAttached"));
    }

    [Fact]
    public async Task TheDetachmentsEventsReadAsThePagesSayThem()
    {
        var detachment = await Detachment();
        var brigade = await new TestBrigade(cluster.Grains).Create();
        await detachment.Configure(new DetachmentSettings("淄博支队", "Asia/Shanghai"), "admin");
        await detachment.Attach(brigade.Id, "admin");

        var lines = (await Events.ReadStreamAsync(DetachmentEvent.Stream(detachment.GetPrimaryKeyString()))).Select(DetachmentDescriber.Describe).ToArray();

        Assert.Equal(["设立支队", "修改支队信息", "大队划入支队"], lines.Select(l => l.Action));
        Assert.Contains(lines[1].Changes, c => c.Field == "名称" && c.Before == "淄博市公安局交通警察支队" && c.After == "淄博支队");
        Assert.Contains(lines[2].Changes, c => c.Field == "大队" && c.After == $"淄川大队（{brigade.Id}）");
    }

    [Fact]
    public async Task ADetachmentsAccountNeverTakesAnotherOnesUsernameAndIsListedInItsDirectory()
    {
        var id = "d-" + Guid.NewGuid().ToString("N")[..10];
        var office = new UserAccount("office-" + id, "孙建国", "hash", Role.DetachmentAdmin, null, null, null, DetachmentId: id);
        var users = cluster.Grains.GetGrain<IUserGrain>(office.Username);
        await users.Save(office, "admin");

        var moved = await Assert.ThrowsAsync<DomainException>(() => users.Save(office with { DetachmentId = "d-other" }, "admin"));
        var system = await Assert.ThrowsAsync<DomainException>(() => users.Save(office with { DetachmentId = null, Role = Role.Admin }, "admin"));
        var demoted = await Assert.ThrowsAsync<DomainException>(() => users.Save(office with { Role = Role.DetachmentViewer }, office.Username));

        Assert.Equal([ErrorKind.Conflict, ErrorKind.Conflict, ErrorKind.Conflict], new[] { moved.Kind, system.Kind, demoted.Kind });
        Assert.Equal([office.Username], await cluster.Grains.GetGrain<IAccountDirectoryGrain>(AccountDirectories.OfDetachment(id)).List());
        Assert.Equal((Role.DetachmentAdmin, id), ((await users.Get())!.Role, (await users.Get())!.DetachmentId));
        Assert.Equal(AccountDirectories.OfDetachment(id), (await Events.ReadStreamAsync(AccountChanged.Stream(office.Username))).Single().Scope);
    }
}
