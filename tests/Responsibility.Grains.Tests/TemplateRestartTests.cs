namespace Responsibility.Grains.Tests;

using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.TestingHost;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Detachments;
using Responsibility.Storage.Events;

/// <summary>
/// A fan-out cut short by a crash is completed after the restart: a template kept before any instance reaches every
/// brigade, and a brigade that already holds its instance is not given a second one. Its own cluster.
/// </summary>
public sealed class TemplateRestartTests : IAsyncLifetime
{
    private readonly ClusterFixture cluster = new();

    public Task InitializeAsync() => cluster.InitializeAsync();

    public Task DisposeAsync() => cluster.DisposeAsync();

    [Fact]
    public async Task AFanOutCutShortByACrashIsCompletedAfterTheRestartWithEachInstanceCreatedOnce()
    {
        var (detachment, brigades) = await TemplateTests.Arrange(cluster.Grains, 3);
        var detachmentId = detachment.GetPrimaryKeyString();
        var templateId = TemplateIds.New();
        var template = TemplateTests.Draft("ZD-09", 10);
        // What a crash after the template was kept and the first brigade was given its instance, before the detachment
        // recorded that instance, leaves: the template in the log, one brigade holding a task the detachment does not know.
        var store = ((InProcessSiloHandle)cluster.Cluster.Primary!).SiloHost.Services.GetRequiredService<IEventStore>();
        var stream = DetachmentEvent.Stream(detachmentId);
        var version = (await store.ReadStreamAsync(stream)).Count;
        Assert.True(await store.AppendAsync(new StreamAppend(
            stream, stream, version,
            [DetachmentEvent.Codec.Encode(new TemplatePublished(templateId, template, null, "") { Actor = "zhidui-admin", At = cluster.Time.GetUtcNow() })],
            null)));
        var source = new TemplateSource(detachmentId, templateId);
        var first = await brigades[0].Brigade.ReceiveTemplateTask(source, template.Draft(source), "zhidui-admin");

        await cluster.Restart();
        var restarted = cluster.Grains.GetGrain<IDetachmentGrain>(detachmentId);
        var listed = Assert.Single(await restarted.ListTemplates());

        Assert.Equal(brigades.Select(b => b.Id), listed.Instances.Select(i => i.BrigadeId));
        Assert.Equal(first, listed.Instances[0].Id);
        foreach (var brigade in brigades)
        {
            var instance = Assert.Single(await cluster.Grains.GetGrain<IBrigadeGrain>(brigade.Id).GetTemplateInstances());
            Assert.Equal(source, instance.Source);
        }
    }

    [Fact]
    public async Task AChangeCutShortByACrashReachesTheRemainingInstancesOnceAfterTheRestart()
    {
        var (detachment, brigades) = await TemplateTests.Arrange(cluster.Grains, 2);
        var detachmentId = detachment.GetPrimaryKeyString();
        var published = await detachment.PublishTemplate(TemplateTests.Draft("ZD-10", 10), null, "zhidui-admin");
        var store = ((InProcessSiloHandle)cluster.Cluster.Primary!).SiloHost.Services.GetRequiredService<IEventStore>();
        var stream = DetachmentEvent.Stream(detachmentId);
        var version = (await store.ReadStreamAsync(stream)).Count;
        await cluster.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        // The change kept, no instance told yet.
        const string Note = "支队交办事项已调整：目标 10 次 → 12 次";
        Assert.True(await store.AppendAsync(new StreamAppend(
            stream, stream, version,
            [DetachmentEvent.Codec.Encode(new TemplateChanged(
                published.Id, TemplateTests.Draft("ZD-10", 10), TemplateTests.Draft("ZD-10", 12), Note) { Actor = "zhidui-admin", At = cluster.Time.GetUtcNow() })],
            null)));

        await cluster.Restart();
        var view = await cluster.Grains.GetGrain<IDetachmentGrain>(detachmentId).GetTemplate(published.Id, null);

        Assert.Equal(2, view.Template.Version);
        foreach (var (brigade, instance) in brigades.Zip(published.Instances))
        {
            var task = await cluster.Grains.GetGrain<ITaskGrain>(instance.Id).GetView(null);
            Assert.Equal(12, task.Definition.Metric.Target);
            Assert.Equal(2, task.Version);
            Assert.Equal(Note, Assert.Single(await cluster.Grains.GetGrain<IBrigadeGrain>(brigade.Id).GetTemplateInstances()).AdjustedNote);
        }
    }
}
