namespace Responsibility.Grains.Tasks;

using Responsibility.Grains.Abstractions.Tasks;

[GenerateSerializer]
public sealed class TaskState
{
    [Id(0)]
    public TaskDefinition? Definition { get; set; }

    [Id(1)]
    public List<ProgressEntry> Entries { get; set; } = [];

    [Id(2)]
    public int Version { get; set; }

    [Id(3)]
    public List<ChangeRecord> History { get; set; } = [];
}
