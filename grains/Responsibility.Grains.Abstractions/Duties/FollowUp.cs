namespace Responsibility.Grains.Abstractions.Duties;

/// <summary>
/// 整改要求 of a 约谈 or 提醒谈话: what the units named must put right by a date. It becomes one instruction per unit,
/// supervised by the leader who talked, and is tracked like any instruction.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.FollowUp")]
public sealed record FollowUp(string Text, string[] UnitIds, DateOnly DueDate);
