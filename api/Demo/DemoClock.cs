namespace Responsibility.Api.Demo;

/// <summary>
/// The grains' domain clock in a demo instance: the real time, except while <see cref="DemoSeeder"/> replays the demo
/// year, when it reads the moment each seeded act stands for, so entries, audit rows and reports carry those dates.
/// Registered as the domain clock before the silo, which only adds the system clock where none is set.
/// </summary>
public sealed class DemoClock : TimeProvider
{
    private long pinnedTicks;

    public override DateTimeOffset GetUtcNow()
    {
        var ticks = Interlocked.Read(ref pinnedTicks);
        return ticks == 0 ? System.GetUtcNow() : new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    public void Pin(DateTimeOffset at) => Interlocked.Exchange(ref pinnedTicks, at.UtcTicks);

    public void Release() => Interlocked.Exchange(ref pinnedTicks, 0);
}
