namespace Responsibility.Grains.Abstractions.Supervision;

/// <summary>A decision (议定事项) as the meeting states it: what, which units carry it out, who supervises, by when.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.DecisionDraft")]
public sealed record DecisionDraft(string Text, string[] UnitIds, string LeaderId, DateOnly DueDate);
