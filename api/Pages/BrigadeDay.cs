namespace Responsibility.Api.Pages;

using Responsibility.Grains.Abstractions;

/// <summary>"Today" for a form's default date, on the clock the grains judge by (in the brigade's time zone).</summary>
public static class BrigadeDay
{
    public static DateOnly Today(IServiceProvider services, string timeZone) =>
        BrigadeClock.Today(services.GetKeyedService<TimeProvider>(DomainClock.Key) ?? TimeProvider.System, timeZone);
}
