namespace Responsibility.Grains.Abstractions.Supervision;

/// <summary>A decision as the minutes print it: its units and supervising leader by name.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.MinutesDecision")]
public sealed record MinutesDecision(int Number, string Text, string[] UnitNames, string LeaderName, DateOnly DueDate);
