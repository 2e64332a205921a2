namespace Responsibility.Hosting.Upgrades;

/// <summary>A line of the History lists that state rows carried before the event log (who, when, what).</summary>
internal sealed record LegacyChange(DateTimeOffset At, string Actor, string Action);
