namespace Responsibility.Grains.Units;

using Responsibility.Grains.Abstractions.Org;

[GenerateSerializer]
public sealed class UnitState
{
    [Id(0)]
    public UnitDefinition? Unit { get; set; }

    [Id(1)]
    public BrigadeSettings? Settings { get; set; }

    [Id(2)]
    public HashSet<string> TaskIds { get; set; } = [];
}
