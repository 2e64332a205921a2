namespace Responsibility.Grains.Tasks;

using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;

/// <summary>
/// A task as its events leave it: the definition and every entry, returned ones included. What a write needs of the
/// history — the current measure, an Idempotency-Key's earlier entry — is kept beside the entries and extended by each
/// new one, so a write costs the same with 10 entries or 5,000; those are derived and never stored.
/// </summary>
[GenerateSerializer]
public sealed class TaskState
{
    [NonSerialized]
    private Tally? tally;

    [NonSerialized]
    private Dictionary<(string Key, string Actor), int>? keyed;

    [Id(0)]
    public TaskDefinition? Definition { get; set; }

    [Id(1)]
    public List<ProgressEntry> Entries { get; set; } = [];

    /// <summary>How many events made this state (the stream's version).</summary>
    [Id(2)]
    public int Events { get; set; }

    /// <summary>The extensions that moved the due date, in order (the same one again changes nothing).</summary>
    [Id(3)]
    public List<string> Extensions { get; set; } = [];

    /// <summary>The version of the 支队 template last applied (1: as published; 0 for a task not handed down).</summary>
    [Id(4)]
    public int TemplateVersion { get; set; }

    public void Apply(TaskEvent e)
    {
        Events++;
        switch (e)
        {
            case TaskDefined defined:
                Definition = defined.Definition;
                TemplateVersion = defined.Definition.Source is null ? 0 : 1;
                tally = null;
                break;
            case TaskChanged changed:
                Definition = changed.After;
                tally = null;
                break;
            case ProgressReported reported:
                Entries.Add(reported.Entry);
                tally?.Add(reported.Entry);
                if (keyed is not null && reported.Entry.IdempotencyKey is { } key)
                {
                    keyed.TryAdd((key, reported.Entry.ReportedBy), Entries.Count - 1);
                }

                break;
            case TaskTemplateAdjusted adjusted:
                Definition = adjusted.After;
                TemplateVersion = adjusted.Version;
                tally = null;
                break;
            case TaskDueMoved moved:
                Extensions.Add(moved.ExtensionId);
                Definition = Definition! with
                {
                    OriginalDue = Definition.OriginalDue ?? Definition.Due, Due = moved.Due, ExtensionCount = Definition.ExtensionCount + 1,
                };
                break;
            case EntryReturned returned:
                var index = Entries.FindIndex(x => x.Id == returned.EntryId);
                if (index >= 0)
                {
                    Entries[index] = Entries[index] with { Return = returned.Return };
                }

                tally = null;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "unknown task event");
        }
    }

    /// <summary>The task's measure with every entry, or as of a day.</summary>
    public Measure Measure(DateOnly? asOf = null)
    {
        var current = Tally();
        return asOf is null || current.LastOccurredOn is null || asOf >= current.LastOccurredOn
            ? current.Measure()
            : Measurement.Measure(Definition!.Metric, Entries, asOf);
    }

    /// <summary>The measure <paramref name="updates"/> would leave, this state unchanged (a write stores it as the summary).</summary>
    public (TaskDefinition Definition, Measure Measure) After(IEnumerable<TaskEvent> updates)
    {
        if (Definition is not null && updates.All(u => u is ProgressReported))
        {
            var next = Tally().Copy();
            foreach (var u in updates)
            {
                next.Add(((ProgressReported)u).Entry);
            }

            return (Definition, next.Measure());
        }

        var after = Copy();
        foreach (var u in updates)
        {
            after.Apply(u);
        }

        return (after.Definition!, after.Measure());
    }

    /// <summary>The entry an earlier request with this Idempotency-Key from this actor made, if any.</summary>
    public ProgressEntry? Keyed(string key, string actor)
    {
        if (keyed is null)
        {
            keyed = [];
            for (var i = 0; i < Entries.Count; i++)
            {
                if (Entries[i].IdempotencyKey is { } k)
                {
                    keyed.TryAdd((k, Entries[i].ReportedBy), i);
                }
            }
        }

        return keyed.TryGetValue((key, actor), out var index) ? Entries[index] : null;
    }

    /// <summary>A copy that later events do not change (entries are immutable records).</summary>
    public TaskState Copy() => new() { Definition = Definition, Entries = [.. Entries], Events = Events, Extensions = [.. Extensions], TemplateVersion = TemplateVersion };

    public TaskRecord? Record() => Definition is null ? null : new TaskRecord(Definition, [.. Entries], Events);

    private Tally Tally() => tally ??= Domain.Tally.Of(Definition!.Metric, Entries);
}
