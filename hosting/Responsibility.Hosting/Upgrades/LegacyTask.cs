namespace Responsibility.Hosting.Upgrades;

using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;
using Responsibility.Grains.Journal;
using Responsibility.Grains.Tasks;
using Responsibility.Storage.Events;

/// <summary>
/// A task's state row as versions before the event log wrote it, and the stream it becomes: defined, then every
/// entry and return at the time it was recorded. Edits made before the upgrade keep who and when, not what.
/// </summary>
internal sealed class LegacyTask
{
    public TaskDefinition? Definition { get; set; }

    public List<ProgressEntry> Entries { get; set; } = [];

    public List<LegacyChange> History { get; set; } = [];

    public StreamAppend? ToStream()
    {
        if (Definition is not { } definition)
        {
            return null;
        }

        var created = History.FirstOrDefault(h => h.Action == "创建任务") ?? History.FirstOrDefault()
            ?? new LegacyChange(Entries.Select(e => e.RecordedAt).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Min(), "system", "");
        var later = History.Where(h => h.Action == "修改任务")
            .Select(h => (TaskEvent)new TaskChanged(definition, definition) { Actor = h.Actor, At = h.At })
            .Concat(Entries.Select(e => new ProgressReported(e with { Return = null }) { Actor = e.ReportedBy, At = e.RecordedAt }))
            .Concat(Entries.Where(e => e.Return is not null)
                .Select(e => new EntryReturned(e.Id, e.Return!) { Actor = e.Return!.ReturnedBy, At = e.Return.ReturnedAt }))
            .OrderBy(e => e.At);
        var events = new List<TaskEvent> { new TaskDefined(definition) { Actor = created.Actor, At = created.At } };
        events.AddRange(later);

        var summary = new TaskSnapshot(definition, Measurement.Measure(definition.Metric, Entries), events.Count);
        return new StreamAppend(
            TaskEvent.Stream(definition.Id), definition.BrigadeId, 0, events.Select(TaskEvent.Codec.Encode).ToList(),
            Summary: new DerivedRow(events.Count, EventCodec<TaskEvent>.Serialize(summary)));
    }
}
