namespace Responsibility.Grains.Detachments;

using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Journal;
using Responsibility.Storage.Events;

/// <summary>
/// A 支队 is its event stream: its settings and the brigades attached to it. Each brigade keeps its own data and
/// knows its detachment (<see cref="IBrigadeGrain.JoinDetachment"/>, called first, so a brigade is never listed by two).
/// </summary>
[LogConsistencyProvider(ProviderName = LogProviders.Events)]
public sealed partial class DetachmentGrain(IEventStore events, [FromKeyedServices(DomainClock.Key)] TimeProvider time)
    : LoggedGrain<DetachmentState, DetachmentEvent>(events, DetachmentEvent.Codec), IDetachmentGrain
{
    private string Id => this.GetPrimaryKeyString();

    private DetachmentSettings Settings => State.Settings ?? throw DomainException.NotFound($"支队 {Id} 不存在。");

    private DateOnly Today => BrigadeClock.Today(time, Settings.TimeZone);

    protected override string Stream => DetachmentEvent.Stream(Id);

    protected override string ScopeOf(DetachmentState state) => DetachmentEvent.Stream(Id);

    public async Task<DetachmentInfo> Configure(DetachmentSettings settings, string actor)
    {
        if (State.Settings != settings)
        {
            await Raise(new DetachmentConfigured(State.Settings, settings) { Actor = actor, At = time.GetUtcNow() });
        }

        return await GetInfo();
    }

    public Task<DetachmentInfo> GetInfo()
    {
        var created = State.CreatedAt ?? time.GetUtcNow();
        var createdOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(created, BrigadeClock.Zone(Settings.TimeZone)).DateTime);
        return Task.FromResult(new DetachmentInfo(Id, Settings, [.. State.Brigades], createdOn));
    }

    public Task<bool> HasBrigade(string brigadeId) =>
        Task.FromResult(State.Settings is not null && State.Brigades.Exists(b => b.BrigadeId == brigadeId));

    public async Task<DetachmentInfo> Attach(string brigadeId, string actor)
    {
        _ = Settings;
        var brigade = await GrainFactory.GetGrain<IBrigadeGrain>(brigadeId).JoinDetachment(Id, actor);
        if (!State.Brigades.Exists(b => b.BrigadeId == brigadeId))
        {
            await Raise(new DetachmentBrigadeAttached(brigadeId, brigade.Settings.Name, Today) { Actor = actor, At = time.GetUtcNow() });
        }

        await CompleteFanOut();

        return await GetInfo();
    }
}
