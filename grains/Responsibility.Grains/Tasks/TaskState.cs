namespace Responsibility.Grains.Tasks;

using Responsibility.Grains.Abstractions.Tasks;

/// <summary>A task as its events leave it: the definition and every entry, returned ones included.</summary>
[GenerateSerializer]
public sealed class TaskState
{
    [Id(0)]
    public TaskDefinition? Definition { get; set; }

    [Id(1)]
    public List<ProgressEntry> Entries { get; set; } = [];

    public void Apply(TaskEvent e)
    {
        Events++;
        switch (e)
        {
            case TaskDefined defined:
                Definition = defined.Definition;
                break;
            case TaskChanged changed:
                Definition = changed.After;
                break;
            case ProgressReported reported:
                Entries.Add(reported.Entry);
                break;
            case EntryReturned returned:
                var index = Entries.FindIndex(x => x.Id == returned.EntryId);
                if (index >= 0)
                {
                    Entries[index] = Entries[index] with { Return = returned.Return };
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "unknown task event");
        }
    }

    /// <summary>A copy that later events do not change (entries are immutable records).</summary>
    public TaskState Copy() => new() { Definition = Definition, Entries = [.. Entries], Events = Events };

    /// <summary>How many events made this state (the stream's version).</summary>
    [Id(2)]
    public int Events { get; set; }

    public TaskRecord? Record() => Definition is null ? null : new TaskRecord(Definition, [.. Entries], Events);
}
