namespace Responsibility.Grains.Brigades;

using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Org;

/// <summary>The organisation and the yearly plans' index, as the brigade's events leave them.</summary>
[GenerateSerializer]
public sealed class BrigadeState
{
    [Id(0)]
    public BrigadeSettings? Settings { get; set; }

    [Id(1)]
    public List<UnitDefinition> Units { get; set; } = [];

    [Id(2)]
    public List<LeaderDefinition> Leaders { get; set; } = [];

    /// <summary>The yearly plans: every task id with its year and code (任务编号, unique per year).</summary>
    [Id(3)]
    public Dictionary<string, TaskIndexEntry> Tasks { get; set; } = [];

    /// <summary>When the brigade was first configured: monthly reports start with that month.</summary>
    [Id(4)]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>The 支队 the brigade belongs to; null for a brigade on its own (every one before detachments existed).</summary>
    [Id(5)]
    public string? DetachmentId { get; set; }

    /// <summary>
    /// The instances of 支队 templates (支队交办) by task id. One waiting for its unit and leader is here only, not in
    /// <see cref="Tasks"/>, so no rollup, report or 台账 reads it; assigned, it is in both.
    /// </summary>
    [Id(20)]
    public Dictionary<string, TemplateInstanceState> Instances { get; set; } = [];

    public void Apply(BrigadeEvent e)
    {
        switch (e)
        {
            case BrigadeConfigured configured:
                Settings = configured.After;
                CreatedAt ??= configured.At;
                break;
            case UnitDefined unit:
                Replace(Units, u => u.Id == unit.After.Id, unit.After);
                break;
            case LeaderDefined leader:
                Replace(Leaders, l => l.Id == leader.After.Id, leader.After);
                break;
            case TaskIndexed indexed:
                Tasks[indexed.TaskId] = new TaskIndexEntry(indexed.Year, indexed.Code);
                break;
            case TemplateTaskReceived received:
                Instances[received.TaskId] = new TemplateInstanceState(
                    received.TaskId, received.Source, received.Year, received.Code, received.Title, false, received.At);
                break;
            case TemplateTaskAssigned assigned when Instances.TryGetValue(assigned.TaskId, out var instance):
                Instances[assigned.TaskId] = instance with { Assigned = true };
                Tasks[assigned.TaskId] = new TaskIndexEntry(instance.Year, instance.Code);
                break;
            case TemplateTaskAdjusted adjusted when Instances.TryGetValue(adjusted.TaskId, out var instance):
                Instances[adjusted.TaskId] = instance with
                {
                    AdjustedAt = adjusted.At, AdjustedNote = adjusted.Note, AdjustedVersion = adjusted.Version,
                };
                break;
            case TemplateTaskAssigned or TemplateTaskAdjusted:
                break;
            case BrigadeJoinedDetachment joined:
                DetachmentId = joined.DetachmentId;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "unknown brigade event");
        }
    }

    /// <summary>A copy that later events do not change (its items are immutable records).</summary>
    public BrigadeState Copy() => new()
    {
        Settings = Settings, Units = [.. Units], Leaders = [.. Leaders], Tasks = new(Tasks), CreatedAt = CreatedAt,
        DetachmentId = DetachmentId, Instances = new(Instances),
    };

    private static void Replace<T>(List<T> items, Predicate<T> match, T item)
    {
        var index = items.FindIndex(match);
        if (index < 0)
        {
            items.Add(item);
        }
        else
        {
            items[index] = item;
        }
    }
}
