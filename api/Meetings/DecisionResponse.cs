namespace Responsibility.Api.Meetings;

using Responsibility.Grains.Abstractions.Supervision;

/// <summary>A decision (议定事项) and the instruction each of its units carries it out by.</summary>
public sealed record DecisionResponse(
    int Number, string Text, string LeaderId, string LeaderName, DateOnly DueDate, DecisionUnitResponse[] Units);
