namespace Responsibility.Api.Demo;

/// <summary>
/// The demo year as dated acts: each runs with the domain clock at the local moment it stands for (never later than
/// now), in the order of those moments and, at one moment, in the order they were added.
/// </summary>
internal sealed class DemoTimeline(TimeZoneInfo zone, DateTimeOffset now)
{
    private readonly List<(DateTimeOffset At, int Order, Func<Task> Act)> acts = [];

    public void At(DateOnly day, TimeOnly time, Func<Task> act)
    {
        var local = day.ToDateTime(time);
        var at = new DateTimeOffset(local, zone.GetUtcOffset(local));
        acts.Add((at < now ? at : now, acts.Count, act));
    }

    public async Task Run(DemoClock? clock, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var (at, _, act) in acts.OrderBy(a => a.At).ThenBy(a => a.Order))
            {
                cancellationToken.ThrowIfCancellationRequested();
                clock?.Pin(at);
                await act();
            }
        }
        finally
        {
            clock?.Release();
        }
    }
}
