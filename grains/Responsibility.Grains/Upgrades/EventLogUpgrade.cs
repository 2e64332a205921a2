namespace Responsibility.Grains.Upgrades;

using Microsoft.Extensions.Logging;
using Responsibility.Grains.Journal;
using Responsibility.Storage;
using Responsibility.Storage.Events;

/// <summary>
/// Opens a data folder written before the event log: task and brigade state rows become streams (with the summaries
/// the brigade starts from), and the rows they replace — and the unit and leader rows, now derived — are removed, all
/// in one transaction before any grain wakes. Runs at every start; with nothing left to move it does nothing.
/// </summary>
public sealed class EventLogUpgrade(IEventStore events, StateRows rows, ILogger<EventLogUpgrade> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    private static readonly string[] DerivedStates = ["unit", "leader"];

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(EventLogUpgrade), ServiceLifecycleStage.ApplicationServices + 100, Run);

    public async Task Run(CancellationToken cancellationToken)
    {
        var tasks = await rows.ReadAllAsync("task", cancellationToken);
        var brigades = await rows.ReadAllAsync("brigade", cancellationToken);
        var derived = new List<(string StateName, string GrainId)>();
        foreach (var state in DerivedStates)
        {
            derived.AddRange((await rows.ReadAllAsync(state, cancellationToken)).Select(r => (state, r.GrainId)));
        }

        if (tasks.Count + brigades.Count + derived.Count == 0)
        {
            return;
        }

        var legacyTasks = tasks.Select(r => EventCodec<JournalEvent>.Deserialize<LegacyTask>(r.Payload)).OfType<LegacyTask>().ToList();
        var titles = legacyTasks.Where(t => t.Definition is not null).ToDictionary(t => t.Definition!.Id, t => t.Definition!.Title);
        var streams = legacyTasks.Select(t => t.ToStream())
            .Concat(brigades.Select(r => EventCodec<JournalEvent>.Deserialize<LegacyBrigade>(r.Payload)
                ?.ToStream(r.GrainId[(r.GrainId.IndexOf('/') + 1)..], titles)))
            .OfType<StreamAppend>()
            .ToList();
        var retired = tasks.Select(r => new RetiredState("task", r.GrainId))
            .Concat(brigades.Select(r => new RetiredState("brigade", r.GrainId)))
            .Concat(derived.Select(r => new RetiredState(r.StateName, r.GrainId)))
            .ToList();
        await events.ImportAsync(streams, retired, cancellationToken);
        logger.LogInformation(
            "Moved {Tasks} tasks and {Brigades} brigades written by an earlier version into the event log",
            tasks.Count, brigades.Count);
    }
}
