namespace Responsibility.Grains.Leaders;

using Responsibility.Grains.Abstractions.Org;

[GenerateSerializer]
public sealed class LeaderState
{
    [Id(0)]
    public LeaderDefinition? Leader { get; set; }

    [Id(1)]
    public BrigadeSettings? Settings { get; set; }

    /// <summary>Every task this leader supervises, on either duty line.</summary>
    [Id(2)]
    public HashSet<string> TaskIds { get; set; } = [];
}
