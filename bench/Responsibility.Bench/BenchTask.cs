namespace Responsibility.Bench;

/// <summary>A created task: its id, its index among the synthetic tasks (which fixes its kind) and its unit.</summary>
public sealed record BenchTask(string Id, int Index, int Unit);
