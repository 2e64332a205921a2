namespace Responsibility.Grains.Brigades;

using Responsibility.Grains.Abstractions.Org;

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

    [Id(4)]
    public List<ChangeRecord> History { get; set; } = [];

    /// <summary>When the brigade was first configured: monthly reports start with that month.</summary>
    [Id(5)]
    public DateTimeOffset? CreatedAt { get; set; }
}
