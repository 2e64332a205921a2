namespace Responsibility.Hosting.Upgrades;

using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Storage;
using Responsibility.Grains;
using Responsibility.Grains.Users;
using Responsibility.Storage;
using Responsibility.Storage.Events;

/// <summary>
/// Opens a data folder written before the event log: task and brigade state rows become streams (with the summaries
/// the brigade starts from), and the rows they replace — and the unit and leader rows, now derived — are removed;
/// accounts' History lines become their streams in the audit trail (the account rows stay). All in one transaction
/// before any grain wakes. Runs at every start; streams already written are left alone.
/// </summary>
public sealed class EventLogUpgrade(IServiceProvider services, IEventStore events, ILogger<EventLogUpgrade> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    private static readonly string[] DerivedStates = ["unit", "leader"];

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(EventLogUpgrade), ServiceLifecycleStage.ApplicationServices + 100, Run);

    public async Task Run(CancellationToken cancellationToken)
    {
        if (services.GetKeyedService<IGrainStorage>(StorageNames.Main) is not SqlGrainStorage storage)
        {
            return;
        }

        var tasks = await Read<LegacyTask>(storage, "task", cancellationToken);
        var accounts = (await Read<LegacyUser>(storage, UserGrain.StateName, cancellationToken))
            .Select(u => u.State.ToStream()).OfType<StreamAppend>().ToList();
        var brigades = await Read<LegacyBrigade>(storage, "brigade", cancellationToken);
        var derived = new List<RetiredState>();
        foreach (var state in DerivedStates)
        {
            derived.AddRange((await Read<JsonElement>(storage, state, cancellationToken)).Select(r => new RetiredState(state, r.GrainId)));
        }

        if (tasks.Count + brigades.Count + derived.Count + accounts.Count == 0)
        {
            return;
        }

        var titles = tasks.Where(t => t.State.Definition is not null).ToDictionary(t => t.State.Definition!.Id, t => t.State.Definition!.Title);
        var streams = tasks.Select(t => t.State.ToStream())
            .Concat(brigades.Select(b => b.State.ToStream(b.GrainId[(b.GrainId.IndexOf('/') + 1)..], titles)))
            .OfType<StreamAppend>()
            .Concat(accounts)
            .ToList();
        var retired = tasks.Select(r => new RetiredState("task", r.GrainId))
            .Concat(brigades.Select(r => new RetiredState("brigade", r.GrainId)))
            .Concat(derived)
            .ToList();
        await events.ImportAsync(streams, retired, cancellationToken);
        logger.LogInformation(
            "Moved {Tasks} tasks and {Brigades} brigades written by an earlier version into the event log",
            tasks.Count, brigades.Count);
    }

    private static async Task<List<(string GrainId, T State)>> Read<T>(SqlGrainStorage storage, string stateName, CancellationToken cancellationToken)
    {
        var rows = new List<(string, T)>();
        await foreach (var (grainId, state) in storage.ReadAllAsync<T>(stateName, cancellationToken))
        {
            rows.Add((grainId.ToString(), state));
        }

        return rows;
    }
}
