namespace Responsibility.Hosting.Upgrades;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Brigades;
using Responsibility.Storage.Events;

/// <summary>
/// A brigade's state row as versions before the event log wrote it, and the stream it becomes. Each unit, leader
/// and task index entry takes the time and actor of the last History line that set it.
/// </summary>
internal sealed class LegacyBrigade
{
    public BrigadeSettings? Settings { get; set; }

    public List<UnitDefinition> Units { get; set; } = [];

    public List<LeaderDefinition> Leaders { get; set; } = [];

    public Dictionary<string, TaskIndexEntry> Tasks { get; set; } = [];

    public List<LegacyChange> History { get; set; } = [];

    public DateTimeOffset? CreatedAt { get; set; }

    public StreamAppend? ToStream(string brigadeId, IReadOnlyDictionary<string, string> titles)
    {
        if (Settings is not { } settings)
        {
            return null;
        }

        var configured = Last("设置大队信息") with { At = CreatedAt ?? History.FirstOrDefault()?.At ?? DateTimeOffset.UnixEpoch };
        var events = new List<BrigadeEvent> { new BrigadeConfigured(null, settings) { Actor = configured.Actor, At = configured.At } };
        events.AddRange(Units.Select(u => Stamp(new UnitDefined(null, u), Last($"设置单位 {u.Id}"))));
        events.AddRange(Leaders.Select(l => Stamp(new LeaderDefined(null, l), Last($"设置班子成员 {l.Id}"))));
        events.AddRange(Tasks.Select(t => Stamp(
            new TaskIndexed(t.Key, t.Value.Year, t.Value.Code, titles.GetValueOrDefault(t.Key, t.Value.Code)),
            Last($"创建任务 {t.Value.Code}"))));
        var ordered = events.Take(1).Concat(events.Skip(1).OrderBy(e => e.At)).ToList();
        return new StreamAppend(BrigadeEvent.Stream(brigadeId), brigadeId, 0, ordered.Select(BrigadeEvent.Codec.Encode).ToList());

        LegacyChange Last(string action) =>
            History.LastOrDefault(h => h.Action == action) ?? new LegacyChange(CreatedAt ?? DateTimeOffset.UnixEpoch, "system", action);
    }

    private static BrigadeEvent Stamp(BrigadeEvent e, LegacyChange change) => e with { Actor = change.Actor, At = change.At };
}
