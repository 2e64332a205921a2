namespace Responsibility.Bench;

/// <summary>
/// A task seeded through the grains: its id, its index among the synthetic tasks (which fixes its kind and history),
/// its unit head (username and token) and the body they send in a month-end burst.
/// </summary>
public sealed record SeededTask(string TaskId, int Index, string UnitHead, string Token, byte[] Body);
