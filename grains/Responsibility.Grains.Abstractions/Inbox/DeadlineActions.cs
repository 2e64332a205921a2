namespace Responsibility.Grains.Abstractions.Inbox;

/// <summary>What one deadline check did: the units urged (催报) and the instructions escalated (逾期督办), by id.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.DeadlineActions")]
public sealed record DeadlineActions(string[] UrgedUnits, string[] EscalatedInstructions);
