namespace Responsibility.Bench;

/// <summary>
/// One figure of the run. <see cref="Target"/> states the goal in words and <see cref="Met"/> whether this run
/// reached it (null where the issue sets none).
/// </summary>
public sealed record Figure(string Key, string Name, double Value, string Unit, string Shown, string? Target = null, bool? Met = null);
