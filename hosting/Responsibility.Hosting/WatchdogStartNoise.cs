namespace Responsibility.Hosting;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// Orleans' watchdog (10.4) starts its platform thread before it sets the time of the last participant check, so that
/// thread's first tick often measures from zero — the machine's uptime — and warns "Participant check thread has not
/// completed for 02:15:06 … potentially indicating lock contention or deadlock" at every start, meaning nothing. The
/// watchdog's warnings are held back until the silo is active; a stall after that is logged as ever, and its errors
/// always are.
/// </summary>
internal sealed class WatchdogStartNoise : ILifecycleParticipant<ISiloLifecycle>
{
    public const string Category = "Orleans.Runtime.Watchdog";

    private volatile bool active;

    public static void HoldBack(ISiloBuilder silo)
    {
        var noise = new WatchdogStartNoise();
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(noise);
        silo.Services.PostConfigure<LoggerFilterOptions>(options => options.Rules.Add(noise.Rule(options)));
    }

    public void Participate(ISiloLifecycle lifecycle) => lifecycle.Subscribe(
        nameof(WatchdogStartNoise), ServiceLifecycleStage.Active, _ =>
        {
            active = true;
            return Task.CompletedTask;
        });

    /// <summary>
    /// The category's own rule: the level configured for it (or for the nearest category above it), and a filter that
    /// passes the watchdog's warnings once the silo is active.
    /// </summary>
    private LoggerFilterRule Rule(LoggerFilterOptions options)
    {
        var configured = options.Rules
            .Where(r => r.ProviderName is null && (r.CategoryName is null || Category.StartsWith(r.CategoryName, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(r => r.CategoryName?.Length ?? -1)
            .LastOrDefault();
        return new LoggerFilterRule(null, Category, configured?.LogLevel ?? options.MinLevel, (_, _, level) => active || level != LogLevel.Warning);
    }
}
