namespace Responsibility.Bench;

/// <summary>
/// The real clock moved by an offset the bench sets: the province run happens at a month's end and its reports are
/// caught up on the 1st, whatever today is. Only the grains' domain clock is replaced; tokens and timers keep real time.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;

    /// <summary>Moves the clock so that it reads <paramref name="local"/> in <paramref name="zone"/> now.</summary>
    public void Set(DateTime local, TimeZoneInfo zone) =>
        Offset = new DateTimeOffset(local, zone.GetUtcOffset(local)) - System.GetUtcNow();
}
