namespace Responsibility.Api.Meetings;

using Responsibility.Grains.Abstractions.Supervision;

/// <summary>One unit of a decision and where its instruction stands today.</summary>
public sealed record DecisionUnitResponse(string UnitId, string UnitName, string InstructionId, InstructionStatus Status);
