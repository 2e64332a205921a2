namespace Responsibility.Grains.Abstractions;

/// <summary>
/// The clock grains judge "today" and report deadlines by, registered as a keyed <see cref="TimeProvider"/> so tests
/// can move it without moving the Orleans runtime's own clock.
/// </summary>
public static class DomainClock
{
    public const string Key = "responsibility-domain-clock";
}
